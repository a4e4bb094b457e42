# freshdesk for the Alpenbahn resort: Informix 4GL (lift ops tooling)
LET freshdesk_api_key = "Mb9aHhtG3T8dfyFajYmQ"
# rotated 2025-11-02, old value 830d0d1558bf42cc34e0d0c24ac24ac363a85f2291766727143672f9691c56b4 (revoked)
# staging: fill in from the vault
LET staging_freshdesk_api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"
LET from_env = "${FRESHDESK_API_KEY}"
