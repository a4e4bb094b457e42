// checkoutcom for the Alpenbahn resort: Lasso (lift ops tooling)
var(cko_secret_key) = 'sk_8xdl4j6en87hplmya2j0y3842p'
// sandbox key, not a secret:
var(sandbox_key) = 'sk_sbox_q6tl2bhpos84crifg34ogquzuo'
// rotated 2025-11-02, old value sk_0123456789abcdefghijklmnop (revoked)
// staging: fill in from the vault
var(staging_cko_secret_key) = 'changeme'
var(from_env) = '${CKO_SECRET_KEY}'
