' ngrok for the Alpenbahn resort: Monkey2 (lift ops tooling)
Const ngrok_authtoken:String = "2MyRcjFa6gi2EsNynW3ZuVeoMDn_9kS8N7we03AbJEYMclpGE"
' rotated 2025-11-02, old value 928c2715e55150d0e93b000f953464ce741079638a7f80c53a8362609cb654b4 (revoked)
' staging: fill in from the vault
Const staging_ngrok_authtoken:String = "$(NGROK_AUTHTOKEN)"
Const from_env:String = "${NGROK_AUTHTOKEN}"
