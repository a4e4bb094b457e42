#!/usr/bin/env bash
set -euo pipefail

export INFLUX_TOKEN=mT2Ch4kXKuwyOIDm4hqFe22ZXHLPEM_9qeSWQsEsvrv5TKM1QEFKsSIxGn6pYvpFxLe9oq5feHapI4te302Fsp==
export INFLUX_ORG=acme
export INFLUX_BUCKET=telemetry
echo "using ${INFLUX_API_KEY}"
