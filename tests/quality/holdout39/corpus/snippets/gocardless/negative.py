# gocardless: not secrets
gocardless_sandbox_token = "sandbox_iFRR09eyyZezf69pwIlQgiXbOLtI09v4C58qu_V0"
gocardless_access_token_old = "live_0123456789abcdefghijklmnopqrstuvwxyzABCD"
gocardless_access_token_staging = "[REDACTED]"
