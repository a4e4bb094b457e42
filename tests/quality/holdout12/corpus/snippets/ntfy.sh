#!/usr/bin/env bash
set -euo pipefail
cat > .env <<EOF
NTFY_TOKEN=tk_ckpa67p9f6vrrik5usjmpm8t9aiwj
EOF
# NTFY_TOKEN=znchxdda-alerts
# NTFY_TOKEN=%(NTFY_TOKEN)s
export NTFY_TOKEN="${NTFY_TOKEN:?missing}"
