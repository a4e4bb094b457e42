#!/usr/bin/env bash
set -euo pipefail

export CLOJARS_DEPLOY_TOKEN='CLOJARS_ee4178aa027fa711664565ebfdaf394c430bf29400b18d3cb6beb85a43a0'
export CLOJARS_GROUP='net.wrenfield'
export CLOJARS_DEPLOY_TOKEN_MASKED='CLOJ************43a0'
export CLOJARS_DEPLOY_TOKEN_EXAMPLE='<your-CLOJARS_DEPLOY_TOKEN>'
echo "using ${CLOJARS_DEPLOY_TOKEN:?unset}"
