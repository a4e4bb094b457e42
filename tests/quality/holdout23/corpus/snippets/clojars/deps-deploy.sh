#!/usr/bin/env bash
set -euo pipefail
export CLOJARS_USERNAME=acme-bot
export CLOJARS_PASSWORD=CLOJARS_713da104ed7c62aaf7475aeb51411d382238db1f6a68a6b35836fdfa4d6b
clojure -T:build jar && clojure -X:deploy
