#!/usr/bin/env bash
set -euo pipefail

export PULUMI_ACCESS_TOKEN=pul-317c1ebe03b2169aae5e1e3aaf434347f49e417e
export PULUMI_STACK=acme/infra/prod
export PULUMI_ACCESS_TOKEN=pul-0000...
echo "using ${PULUMI_API_KEY}"
