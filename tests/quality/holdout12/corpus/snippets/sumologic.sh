#!/usr/bin/env bash
set -euo pipefail
cat > .env <<EOF
SUMO_ACCESS_KEY=kLzarNoAr5FmZWnkqTGdvq31LmSZqtaByDI9eRwJ5nV0zxvHzCouLUjl1RgL2GbN
EOF
# SUMO_ACCESS_KEY=suvppCQL1zvapG
# SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY}
export SUMO_ACCESS_KEY="${SUMO_ACCESS_KEY:?missing}"
