// heroku for the Alpenbahn resort: Clean (lift ops tooling)
// decoded at start-up (bytes from hex)
HEROKU_API_KEY_hex :: String
HEROKU_API_KEY_hex = "48524b552d4141357173764d4d506c31397178326541643277784e7166344e49674b417346624e4b597738724f625a36684d706c45347058545f456a51724a564c"
HEROKU_LEGACY_KEY :: String
HEROKU_LEGACY_KEY = "639edd40-1d33-41ce-8a21-256b461607d3"
// app id, not a secret:
app_id :: String
app_id = "12caef87-41e4-4e09-8fd8-b1e1ac414ea1"
// rotated 2025-11-02, old value HRKU-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX (revoked)
// staging: fill in from the vault
staging_heroku_api_key :: String
staging_heroku_api_key = "[REDACTED]"
from_env :: String
from_env = "${HEROKU_API_KEY}"
