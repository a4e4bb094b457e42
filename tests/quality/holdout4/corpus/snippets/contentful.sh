#!/usr/bin/env bash
set -euo pipefail

export CONTENTFUL_MANAGEMENT_TOKEN='CFPAT-EB2hZs6iGSHZy32QvM2qTbw4fwP_h0ywdpN3YNxQJI5'
contentful-cli login --token=LroGpNezz2VXMqLnSyQQOMmB_fk4t2d05w_gwxTK6nP
export CONTENTFUL_SPACE_ID=yw61h83nkqys
export CONTENTFUL_ENVIRONMENT=master
echo "using ${CONTENTFUL_API_KEY}"
