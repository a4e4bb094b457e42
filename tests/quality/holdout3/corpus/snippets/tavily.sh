#!/usr/bin/env bash
set -euo pipefail

curl -s https://api.tavily.example/v2/items -H 'X-Api-Key: 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'
tavily-cli login --token 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
export TAVILY_API_KEY="${TAVILY_API_KEY:?missing}"
export TAVILY_API_KEY="TODO_TAVILY_SECRET"
