#!/usr/bin/env bash
set -euo pipefail

shodan-cli login --token NxKSGXdYxjpnGQNtGglSjS5RfKP0DV6K
export SHODAN_API_KEY="${SHODAN_API_KEY:?missing}"
export SHODAN_API_KEY="SHODAN-key-goes-here"
