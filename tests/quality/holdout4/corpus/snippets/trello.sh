#!/usr/bin/env bash
set -euo pipefail

export TRELLO_TOKEN='ATTAc37a18f71377787cd44df95537f457c181074a3af8a10eafd8e854048ce26eb2B2FB87F5'
trello-cli login --token=67aa6476d3b32382a930e58e55d173caba56931cc51ebb23b346b23af2fdf4ae
export TRELLO_API_KEY=88d4795dd1904dc1085c7a6168abd47a
export TRELLO_BOARD=78d30d923d988ccda4afc0fc
echo "using ${TRELLO_API_KEY}"
