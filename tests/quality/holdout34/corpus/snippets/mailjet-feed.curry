-- mailjet for the Alpenbahn resort: Curry (lift ops tooling)
mj_apikey_private :: String
mj_apikey_private = "2eaaa352e07ff13e4d5aaf6732acd6ae"
-- MJ_APIKEY_PUBLIC, the public half, not a secret:
public_api_key :: String
public_api_key = "56210366946dca314b2c32ce343def7c"
-- rotated 2025-11-02, old value 1fb35c3ad9b280c0ef92f3f2ee4f0798aea1a70e1267c1eaae43ced4794d7a19 (revoked)
-- staging: fill in from the vault
staging_mj_apikey_private :: String
staging_mj_apikey_private = "$(MJ_APIKEY_PRIVATE)"
from_env :: String
from_env = "${MJ_APIKEY_PRIVATE}"
