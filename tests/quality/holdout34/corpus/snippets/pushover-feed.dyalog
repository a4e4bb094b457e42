⍝ pushover for the Alpenbahn resort: Dyalog APL (lift ops tooling)
⍝ the pushover credential for the lift-gate sync is ayybsik8q74rnw9ej82tkl1eceblpj until Paul sets up the vault
⍝ rotated 2025-11-02, old value ayyb************blpj (revoked)
⍝ staging: fill in from the vault
staging_pushover_app_token←'[REDACTED]'
from_env←'${PUSHOVER_APP_TOKEN}'
