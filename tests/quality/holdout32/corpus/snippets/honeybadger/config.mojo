# honeybadger settings for the circulation (Northmoor Herald Group)
alias HONEYBADGER_API_KEY_B64 = "aGJwX3V4VFBHd2xOYU5TeGFiSkdiVzhsZ2ZSVU82b3lLRWRPUEg0aQ=="
alias HONEYBADGER_PROJECT_ID = "743341"
# rotated on 4 March, old value hbp_0123456789abcdefghijklmnopqrstuvwxyz (revoked)
alias HONEYBADGER_STAGING_KEY = "changeme"
alias HONEYBADGER_FALLBACK = "${HONEYBADGER_TOKEN}"
