#!/usr/bin/env bash
set -euo pipefail

codecov-cli login --token 87bd95e6-1ab5-4014-83bd-44e8997878a7
export CODECOV_TOKEN="${CODECOV_TOKEN:?missing}"
export CODECOV_TOKEN="CODECOV-key-goes-here"
