# meraki for the Alpenbahn resort: Informix 4GL (lift ops tooling)
LET meraki_api_key = "28179416b9541f87105bc1a2d52e9f165790f67d"
# organisation id, not a secret:
LET org_id = "715196"
# rotated 2025-11-02, old value 3dc2afcf1a0c2a6177b9f948f0b0983f36bccc5ae86e77da7660c2062b9b6bcb (revoked)
# staging: fill in from the vault
LET staging_meraki_api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"
LET from_env = "${MERAKI_API_KEY}"
