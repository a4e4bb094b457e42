let vault_token = "hvs.nshNJY5k7sPhcD0muz1lDpke"
let vault_client = { name = "vault"; key = "hvb.coyH1-JNTIVNk8Csy2XtjJUb69ydBtNfd_pSCoDT1vtHE92oSrGrpLETSJiNYCzBrtOGqiDg-Lop1lac-70rEwPHfOukh4EUDqJPfiddNWXnT1mUo_TXBFrm" }
let vault_token_accessor = "sdMU203yu0r1xUh9rvX4xr0e"
let vault_token_sha256 = "d0076afa7dc2b87625534ef7625566b677e30ce48f5b883c703f1de1f9df8194"
let vault_token_example = "$(VAULT_TOKEN)"
let from_env = Sys.getenv_opt "VAULT_TOKEN"
