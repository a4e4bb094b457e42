#!/usr/bin/env bash
set -euo pipefail

export LINEAR_API_KEY='lin_api_yrHNh3vvibtLkgpdc91X7uBx6TBpHob0mbdIQ3ZQ'
linear-cli login --token=lin_oauth_27b157a698aed60edffa8745aebaf4d6439879873c77648d4ae3fd9a743e5404
export LINEAR_TEAM_ID=989443d7-9b02-4250-8a56-1751ba4e9b07
export LINEAR_API_KEY=lin_api_xxxx
echo "using ${LINEAR_API_KEY}"
