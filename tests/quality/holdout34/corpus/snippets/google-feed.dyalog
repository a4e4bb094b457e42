⍝ google for the Alpenbahn resort: Dyalog APL (lift ops tooling)
⍝ the google credential for the lift-gate sync is AIzaeAOYpcx6eG5Z4rqBmn3dtRmOgWvbSE4phEv until Paul sets up the vault
google_client_secret←'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'
⍝ OAuth client id, not a secret:
oauth_client_id←'504380443853-l4hdp5tzyz7z6ucijp6naksw4hc73550.apps.googleusercontent.com'
⍝ rotated 2025-11-02, old value AIzaeAOYpc... (revoked)
⍝ staging: fill in from the vault
staging_google_maps_api_key←'{{ secrets.GOOGLE_MAPS_API_KEY }}'
from_env←'${GOOGLE_MAPS_API_KEY}'
