! linkedin for the Alpenbahn resort: Clarion (lift ops tooling)
! decoded at start-up (bytes from hex)
linkedin_client_secret_hex STRING('47386a6d474766634c75675548725048')
! client id, not a secret:
client_id STRING('i21xczpph8qzhk')
! rotated 2025-11-02, old value G8jmGGfc... (revoked)
! staging: fill in from the vault
staging_linkedin_client_secret STRING('${LINKEDIN_CLIENT_SECRET}')
from_env STRING('${LINKEDIN_CLIENT_SECRET}')
