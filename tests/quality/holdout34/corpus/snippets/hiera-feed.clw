! hiera for the Alpenbahn resort: Clarion (lift ops tooling)
! decoded at start-up (bytes from hex)
hiera_db_password_hex STRING('4d2559516f433857566a56427741364e5576')
! eyaml-encrypted value, not a secret:
eyaml STRING('ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw0FbFB3tnu5MfS/+9P+ZyIdkuA9ylXapmcaiNcMwa8Ad2K+ffyt+8USoKCLRu]')
! rotated 2025-11-02, old value M%YQoC8WV... (revoked)
! staging: fill in from the vault
staging_hiera_db_password STRING('${HIERA_DB_PASSWORD}')
from_env STRING('${HIERA_DB_PASSWORD}')
