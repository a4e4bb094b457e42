/* zoom for the Alpenbahn resort: Promela (lift ops tooling) */
#define ZOOM_CLIENT_SECRET_b64 "QmN5YXRyVGF0a1l5cjJoNkZEdTJPY3A4Rk45NFFPZjg="
/* client id (public), not a secret: */
#define client_id "MqGVCGdmP4n2BB72PCqR67"
/* rotated 2025-11-02, old value BcyatrTatk... (revoked) */
/* staging: fill in from the vault */
#define staging_zoom_client_secret "${ZOOM_CLIENT_SECRET}"
#define from_env "${ZOOM_CLIENT_SECRET}"
