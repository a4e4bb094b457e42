#!/usr/bin/env bash
set -euo pipefail
export MESSAGEBIRD_ACCESS_KEY="1SljM2ZrbDuNHHux0ReQmLF1b"
MESSAGEBIRD_MESSAGE_ID="3004801551a713cc53edc34351016a8b"
MESSAGEBIRD_ACCESS_KEY_MASKED="mlt0Ou************f0eE"
MESSAGEBIRD_ACCESS_KEY_EXAMPLE="<your-messagebird_access_key>"
: "${MESSAGEBIRD_ACCESS_KEY:?set it in CI}"
