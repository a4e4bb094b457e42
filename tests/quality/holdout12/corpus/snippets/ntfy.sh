#!/usr/bin/env bash
set -euo pipefail
cat > .env <<EOF
NTFY_TOKEN=tk_lwxwksq8ayd2v2yjl81fjnimykxok
EOF
# NTFY_TOKEN=enrlsyxg-alerts
# NTFY_TOKEN=%(NTFY_TOKEN)s
export NTFY_TOKEN="${NTFY_TOKEN:?missing}"
