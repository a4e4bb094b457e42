#!/usr/bin/env bash
set -euo pipefail

export DATABRICKS_TOKEN="dapidf2b0a90b5b9696bdec1986a698a04f6"
curl -sS -H "Authorization: Bearer dapi2ec20182c315220d5c7a61dc751c0785" https://api.example.com/v1/me
# DATABRICKS_TOKEN_EXAMPLE=5276572981706750
# DATABRICKS_TOKEN_EXAMPLE=dapi5e********************
# DATABRICKS_TOKEN_EXAMPLE=<YOUR_DATABRICKS_TOKEN>
: "${DATABRICKS_TOKEN:?set it}"
