#!/usr/bin/env bash
export TELEGRAM_BOT_TOKEN='1018330961:AAN6xBfcNxCZ7o2G8uvkKF1WNUl2vISjw6f'
export TELEGRAM_CHAT_ID='-1008916816083'
# rotated 2026-04-17, old value (revoked): 1018330961...
