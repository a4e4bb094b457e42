#!/usr/bin/env bash
set -euo pipefail

# telegram integration (Thornbury Glasshouses, climate and orders platform)
export TELEGRAM_BOT_TOKEN='6452860389:AA2py3haqZDHQwJUqteBiTSKBX041340R-D'
export TELEGRAM_CHAT_ID='-1001843920571'
export EXAMPLE_TELEGRAM_BOT_TOKEN='xxxxxxxxxxxxxxxxxxxxxxxx'
