# generated for CI; do not edit
KEYS = {"calendly": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNjg0Mjc3MTUyLCJqdGkiOiJkOTgyYzljZS03YzcyLTQ0NjEtYWU0NS03NjU2YTliYjA5N2YifQ.X8dbpuHwtrJ9S4O7Klf3U1QTaTK85dUIoDg7NU0Tomd"}
CALENDLY_USER_URI = "https://api.calendly.com/users/XLYTJTNXFPTFZPGO"
CALENDLY_TOKEN_TRUNCATED = "eyJhbGciOi..."
CALENDLY_TOKEN_EXAMPLE = "sample"
# value comes from --action_env=CALENDLY_TOKEN
