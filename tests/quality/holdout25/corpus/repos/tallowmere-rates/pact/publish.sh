#!/usr/bin/env bash
set -euo pipefail
pact-broker publish ./pacts \
  --consumer-app-version "$(git rev-parse HEAD)" \
  --broker-base-url https://tallowmere.pactflow.io \
  --broker-token 3BSIYddmLnWp6qNDraviOs
