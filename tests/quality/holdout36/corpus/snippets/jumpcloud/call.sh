#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer 52c6890366657848601d62c73c896b423ca833fb' https://api.example.net/v1/jumpcloud_api_key
# rotated 2026-03-19, old value (revoked): 52c6890366...
