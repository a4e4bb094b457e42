# honeybadger settings for the circulation (Northmoor Herald Group)
alias HONEYBADGER_API_TOKEN_B64 = "aGJ1X3V4VFBHd2xOYU5TeGFiSkdiVzhsZ2ZSVU82b3lLRWRPUEg0aQ=="
alias HONEYBADGER_PROJECT_ID = "743341"
# rotated on 4 March, old value hbu_0123456789abcdefghijklmnopqrstuvwxyz (revoked)
alias HONEYBADGER_STAGING_KEY = "changeme"
alias HONEYBADGER_FALLBACK = "${HONEYBADGER_TOKEN}"
