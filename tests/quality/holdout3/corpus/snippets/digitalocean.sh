#!/usr/bin/env bash
set -euo pipefail

curl -s https://api.digitalocean.example/v2/items -H 'X-Api-Key: dop_v1_f741c0a5c2aae995d798d50c5833124974ed54d2622a16ab34ce04141d8b8772'
digitalocean-cli login --token doo_v1_9d71b91240e093ec3f35a8e881dbeeb337ae53c3590f5988a11c1398b930fbe9
export DIGITALOCEAN_TOKEN_DOR="dor_v1_fee1a83482fb269b6b6dbc2ee6142b5e31733b8585ac3f997c9ecfad1334db30"
export DIGITALOCEAN_SPACES_KEY_ID="DOHLGVACC8GB77N64ZAX"
export DIGITALOCEAN_TOKEN="${DIGITALOCEAN_TOKEN:?missing}"
export DIGITALOCEAN_TOKEN="TODO_DIGITALOCEAN_SECRET"
