// rootly for the Alpenbahn resort: PowerBuilder (lift ops tooling)
is_rootly_api_key = "rootly_967f1774c91485ed218e50b590c9494beda5725541f9308b05514f801698fe5c"
// rotated 2025-11-02, old value root************fe5c (revoked)
// staging: fill in from the vault
is_staging_rootly_api_key = "YOUR_ROOTLY_API_KEY_HERE"
is_from_env = "${ROOTLY_API_KEY}"
