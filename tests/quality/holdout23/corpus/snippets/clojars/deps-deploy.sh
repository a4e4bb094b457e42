#!/usr/bin/env bash
set -euo pipefail
export CLOJARS_USERNAME=acme-bot
export CLOJARS_PASSWORD=CLOJARS_d6b42c38d2036fb7eb398f72031cce1e9394797c8acec08243c08fe1232b
clojure -T:build jar && clojure -X:deploy
