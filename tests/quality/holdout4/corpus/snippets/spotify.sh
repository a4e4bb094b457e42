#!/usr/bin/env bash
set -euo pipefail

export SPOTIFY_CLIENT_SECRET=3b1b1b54f4a39983134fe5eb505dd98a
export SPOTIFY_CLIENT_ID=6e5791662eb79cbe10270f1d7617a8e0
export SPOTIFY_REDIRECT_URI=http://127.0.0.1:8888/callback
echo "using ${SPOTIFY_API_KEY}"
