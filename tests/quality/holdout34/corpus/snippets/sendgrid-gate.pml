/* sendgrid for the Alpenbahn resort: Promela (lift ops tooling) */
#define SENDGRID_API_KEY_b64 "U0cuYldPb1lVT0dNeDVBalE2Qm9kTlVvRy5mbVhaWjlBbFVmMEZRRzZrdUNPYnlfU0hQZ0tqSjNGSGlCeWdIWXlWSU5B"
/* rotated 2025-11-02, old value SG.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123 (revoked) */
/* staging: fill in from the vault */
#define staging_sendgrid_api_key "not-set"
#define from_env "${SENDGRID_API_KEY}"
