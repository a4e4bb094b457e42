#!/usr/bin/env bash
set -euo pipefail

curl -sS -H "Authorization: Bearer sk_live_682ce9ba46a4ac15fb821a5a009206167e84fdce" https://api.paystack.example/v1/me
curl -s https://api.paystack.example/v2/items -H 'X-Api-Key: sk_test_889eadced3c1fd4d13cf2091801d6cbf8d5603b1'
export PAYSTACK_PUBLISHABLE="pk_live_baf1d7b2bf7515703fee785f87505e147a749670"
export PAYSTACK_SECRET_KEY="${PAYSTACK_SECRET_KEY:?missing}"
export PAYSTACK_SECRET_KEY="changeme"
