#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer dp.st.prd.ncJjZsr711ynIPP9avENeE55GaXCGlgoKXUlcARFjg1' https://api.example.net/v1/doppler_token
# rotated 2026-09-19, old value (revoked): dp.st.prd....
