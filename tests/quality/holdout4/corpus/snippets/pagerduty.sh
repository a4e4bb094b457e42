#!/usr/bin/env bash
set -euo pipefail

export PAGERDUTY_API_KEY='u+1J91nhQTlscfuHPv-C'
pagerduty-cli login --token=a1906bc5138d8da6480842df7822cde1
export PAGERDUTY_SERVICE=P3OCTPL
export PAGERDUTY_ESCALATION=P1QN24N
echo "using ${PAGERDUTY_API_KEY}"
