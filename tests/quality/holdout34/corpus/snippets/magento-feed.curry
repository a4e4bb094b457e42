-- magento for the Alpenbahn resort: Curry (lift ops tooling)
magento_crypt_key :: String
magento_crypt_key = "dd9f32a358948a0a92958258f7cca39c"
-- rotated 2025-11-02, old value dd9f************a39c (revoked)
-- staging: fill in from the vault
staging_magento_crypt_key :: String
staging_magento_crypt_key = "<MAGENTO_CRYPT_KEY>"
from_env :: String
from_env = "${MAGENTO_CRYPT_KEY}"
