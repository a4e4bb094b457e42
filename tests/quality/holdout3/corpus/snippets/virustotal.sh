#!/usr/bin/env bash
set -euo pipefail

curl -sS -H "Authorization: Bearer c4a0fff3887728a67ecc94ef709d112b240c2c144e3877949b1eb833dd8bfd8d" https://api.virustotal.example/v1/me
export VIRUSTOTAL_FILE_SHA256="c4247181bf944f40efa8b9850466c4dfaf60b3947c2fca3362aaef89e9754ed9"
export VT_API_KEY="${VT_API_KEY:?missing}"
export VT_API_KEY="<VIRUSTOTAL_API_KEY>"
