#!/usr/bin/env bash
set -euo pipefail

export GITEA_TOKEN='5f2534e34378e5dfce7556a304af895e8c09be4d'
export GITEA_URL=https://git.acme.example
export GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}
echo "using ${GITEA_API_KEY}"
