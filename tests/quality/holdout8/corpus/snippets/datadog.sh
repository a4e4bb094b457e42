#!/usr/bin/env bash
set -euo pipefail
curl -fsS -u 'api:800950473f987a242f46f11f9b744426' https://api.datadog.example/v1/me
export DD_APP_KEY="ef56f1b0f8be5e3ce039daedfc03948bb766b415"
DD_CLIENT_TOKEN='pub29b51f6962f04c473902739923c07fbb'
DD_RUM_APPLICATION_ID='d6c4b462-9eea-4dde-bf4e-e47576a0df51'
: "${DATADOG_TOKEN:?missing}"
