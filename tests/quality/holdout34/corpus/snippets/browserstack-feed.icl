// browserstack for the Alpenbahn resort: Clean (lift ops tooling)
// decoded at start-up (bytes from hex)
BROWSERSTACK_ACCESS_KEY_hex :: String
BROWSERSTACK_ACCESS_KEY_hex = "705453504f42493969736569474f44546c6a4b6e"
// username, not a secret:
username :: String
username = "seasonpassqa_2DHslW"
// rotated 2025-11-02, old value pTSPOBI9is... (revoked)
// staging: fill in from the vault
staging_browserstack_access_key :: String
staging_browserstack_access_key = "{{ secrets.BROWSERSTACK_ACCESS_KEY }}"
from_env :: String
from_env = "${BROWSERSTACK_ACCESS_KEY}"
