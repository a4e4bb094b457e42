#!/usr/bin/env bash
set -euo pipefail

gocardless-cli login --token live_zATTUC-097ljWH1MbCqlj0BPzEdSBHhrwEgHJVwF --non-interactive
export GC_SANDBOX_TOKEN="sandbox_d-JgG7T29UxT__Fq5-f3THtt4oyrJ8u3fUrp_m4f"
export GOCARDLESS_CREDITOR_ID="CRSXLL4I507P35"
export GOCARDLESS_ACCESS_TOKEN_REQUEST="26f01aea-e72a-487c-b291-877e5bc7453e"
export GOCARDLESS_ACCESS_TOKEN_EXAMPLE="<redacted>"
token="${GOCARDLESS_ACCESS_TOKEN:?missing}"
