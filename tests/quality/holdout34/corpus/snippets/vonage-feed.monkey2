' vonage for the Alpenbahn resort: Monkey2 (lift ops tooling)
Const vonage_api_secret:String = "oL4VxkofHvWQugJ0"
' API key (account id), not a secret:
Const api_key:String = "771df538"
' rotated 2025-11-02, old value oL4V************ugJ0 (revoked)
' staging: fill in from the vault
Const staging_vonage_api_secret:String = "<VONAGE_API_SECRET>"
Const from_env:String = "${VONAGE_API_SECRET}"
