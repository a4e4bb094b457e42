#!/usr/bin/env bash
set -euo pipefail
curl -fsS -u 'api:1f54efdc1fb237bacc5a4566dbc63b62' https://api.rollbar.example/v1/me
export ROLLBAR_SERVER_TOKEN="cab3f532fc1f59ca1831f913823a6417"
ROLLBAR_CLIENT_TOKEN='ce415206449cb804e7f4089e711997ff'
ROLLBAR_ENV='production'
: "${ROLLBAR_TOKEN:?missing}"
