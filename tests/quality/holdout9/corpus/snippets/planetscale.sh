#!/usr/bin/env bash
set -euo pipefail
export PLANETSCALE_SERVICE_TOKEN="pscale_tkn_hOx60O-og1vlMmM00LHOUFxm_E8Nr_aaXj_MFjrOUm1"
planetscale login --api-key "pscale_pw_rOGa4PisM5iYmsVaIP3qHhvR2SsNhJFhFoVHc3FxRln"
PLANETSCALE_SERVICE_TOKEN_ID='i7aa4r7a5yrx'
PLANETSCALE_DB_USER='9p3bo87i0agagln1ivx7'
: "${PLANETSCALE_TOKEN:?set it}"
