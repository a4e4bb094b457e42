#!/usr/bin/env bash
set -euo pipefail
export TRIVY_USERNAME=scanner
export TRIVY_PASSWORD="${TRIVY_PASSWORD:-thistle160179}"
export SEMGREP_APP_TOKEN="${SEMGREP_APP_TOKEN:-ff0c6a4be4c8e996d12746073fc5a143aa42117c6881cfd7bb32ac3335c6709e}"
export SNYK_TOKEN=98001e59-7b28-4d15-bd5d-f380e7c6672d
trivy image --exit-code 1 registry.larchwood.dev/api:${GIT_SHA}
semgrep ci
snyk test --severity-threshold=high
