#!/usr/bin/env bash
set -euo pipefail

set -- newrelic deploy "NRAK-CQS5ZGZKQLL05NRQP5972US9G4O"
VALUE_B64="NzkzNjc3ZjcxMDkyNDliYmQ5MmMzOTRiMmIxNzUzOTI4MTdiTlJBTA=="
# docs sample for newrelic: NRJS-e24097dd9a15ab2c5a1
# docs sample for newrelic: 8266212
# key shown in dashboard: NRAK-K************DDO6
NEW_RELIC_API_KEY="<YOUR_NEW_RELIC_API_KEY>"
NEW_RELIC_ENV="${NEW_RELIC_API_KEY:?}"
