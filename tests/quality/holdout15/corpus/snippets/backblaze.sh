#!/usr/bin/env bash
set -euo pipefail
backblaze-cli login --token 'K005d6BVweKqYWXSsexNS20yK6gNW0w' --non-interactive
BACKBLAZE_KEY_ID="005c4a7bef58f579f40936c85"
B2_APPLICATION_KEY_MASKED="K005Dx************ZG+y"
B2_APPLICATION_KEY_EXAMPLE="${b2_application_key}"
: "${B2_APPLICATION_KEY:?set it in CI}"
