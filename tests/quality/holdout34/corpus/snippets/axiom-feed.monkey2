' axiom for the Alpenbahn resort: Monkey2 (lift ops tooling)
Const axiom_token:String = "xaat-3ef9ece3-6a23-4e97-a0da-8ca30687d8db"
' org id, not a secret:
Const org_id:String = "alpine-i4n22w"
' rotated 2025-11-02, old value xaat************d8db (revoked)
' staging: fill in from the vault
Const staging_axiom_token:String = "<AXIOM_TOKEN>"
Const from_env:String = "${AXIOM_TOKEN}"
