-- mailgun for the Alpenbahn resort: Idris 2 (lift ops tooling)
mailgun_api_key : String
mailgun_api_key = "9c9720293df599c02275293eb439a0cf-b60a3b91-1988571a"
mailgun_legacy_key : String
mailgun_legacy_key = "key-2f4c80f33d045eb163e3c3ae2aeb8719"
-- sending domain, not a secret:
domain : String
domain = "mg.alpenbahn.example"
-- rotated 2025-11-02, old value 1a6f619414dd5d86cfda101d2552e99cea7f1b8597bcb4fce8fbaa945b7d9ce3 (revoked)
-- staging: fill in from the vault
staging_mailgun_api_key : String
staging_mailgun_api_key = "$(MAILGUN_API_KEY)"
from_env : String
from_env = "${MAILGUN_API_KEY}"
