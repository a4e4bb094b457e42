⍝ hexpm for the Alpenbahn resort: Dyalog APL (lift ops tooling)
⍝ the hexpm credential for the lift-gate sync is bdc08e4a5220670c923a9c817fe85d19 until Paul sets up the vault
⍝ rotated 2025-11-02, old value bdc08e4a52... (revoked)
⍝ staging: fill in from the vault
staging_hex_api_key←'{{ secrets.HEX_API_KEY }}'
from_env←'${HEX_API_KEY}'
