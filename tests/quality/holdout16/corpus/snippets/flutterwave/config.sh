#!/usr/bin/env bash
set -euo pipefail

flutterwave-cli login --token FLWSECK-08bdfe4c352e59b2560f18077ac40006-X --non-interactive
export FLW_TEST_SECRET_KEY="FLWSECK_TEST-f1a06a51e9c452f35650090de17a5fcd-X"
export FLW_PUBLIC_KEY="FLWPUBK_TEST-f2e1b5ae82f0488292dfcb2ae3e48e2b-X"
export FLW_SECRET_KEY_REQUEST="e5a22113-0c22-4dac-8541-c91651f1ec21"
export FLW_SECRET_KEY_EXAMPLE="<redacted>"
token="${FLW_SECRET_KEY:?missing}"
