#!/usr/bin/env bash
set -euo pipefail

flutterwave-cli login --token FLWSECK-dfe4c352e59b2560f18077ac40006f1a-X --non-interactive
export FLW_TEST_SECRET_KEY="FLWSECK_TEST-06a51e9c452f35650090de17a5fcdf2e-X"
export FLW_PUBLIC_KEY="FLWPUBK_TEST-1b5ae82f0488292dfcb2ae3e48e2be5a-X"
export FLW_SECRET_KEY_REQUEST="221130c2-24da-4454-ac91-651f1ec21221"
export FLW_SECRET_KEY_EXAMPLE="<redacted>"
token="${FLW_SECRET_KEY:?missing}"
