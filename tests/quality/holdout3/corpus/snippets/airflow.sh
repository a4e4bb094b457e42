#!/usr/bin/env bash
set -euo pipefail

curl -sS -H "Authorization: Bearer 6yUO0dt9Ncutvb-tvYsCMhVLDmYA4Glxn_LLcn_1crY=" https://api.airflow.example/v1/me
export AIRFLOW_TEMPLATE="{FERNET_KEY}"
export AIRFLOW__CORE__FERNET_KEY="${AIRFLOW__CORE__FERNET_KEY:?missing}"
export AIRFLOW__CORE__FERNET_KEY="changeme"
