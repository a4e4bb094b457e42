#!/usr/bin/env bash
set -euo pipefail

export COVERALLS_API_KEY="0QMk1iNJi9oYrzobLwA2xrbXAFmnxQ2fLjk8"
curl -sS -H "Authorization: Bearer QQDwxijUprurrSOSpOda2IHVive765GkJj5O" https://api.example.com/v1/me
# COVERALLS_API_KEY_EXAMPLE=btggnjahk9ss
# COVERALLS_API_KEY_EXAMPLE=zUQrc5********************
# COVERALLS_API_KEY_EXAMPLE=<YOUR_COVERALLS_API_KEY>
: "${COVERALLS_API_KEY:?set it}"
