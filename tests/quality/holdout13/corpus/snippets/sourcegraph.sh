#!/usr/bin/env bash
set -euo pipefail

export SRC_ACCESS_TOKEN="sgp_753fdcdbcb47d1f9_61885dd4f7b1bd1973f4abb6cad3dad8fb419cae"
curl -sS -H "Authorization: Bearer sgp_236082dcfdd56c56_f3da9604d5c695d2cdc0f7b09f3273b79dc71281" https://api.example.com/v1/me
# SRC_ACCESS_TOKEN_EXAMPLE=682161
# SRC_ACCESS_TOKEN_EXAMPLE=sgp_d1********************
# SRC_ACCESS_TOKEN_EXAMPLE=<YOUR_SRC_ACCESS_TOKEN>
: "${SRC_ACCESS_TOKEN:?set it}"
