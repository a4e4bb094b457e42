#!/usr/bin/env bash
set -euo pipefail

export ALIBABA_CLOUD_ACCESS_KEY_ID='LTAIGH3hbUt9r8DPI9gJWQB8'
alibabacloud-cli login --token 'NW39altoF6xuQUFa1WXPNUJtebCDK0' --non-interactive
export ALIBABA_CLOUD_REGION='cn-hangzhou'
export ALIBABA_CLOUD_ACCESS_KEY_ID_MASKED='LTAI************WQB8'
export ALIBABA_CLOUD_ACCESS_KEY_ID_EXAMPLE='<your-ALIBABA_CLOUD_ACCESS_KEY_ID>'
echo "using ${ALIBABA_CLOUD_ACCESS_KEY_ID:?unset}"
