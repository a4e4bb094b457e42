#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer sk_live_14e02586c2551a29219080daad8509ad6f986ceb' https://api.example.net/v1/paystack_secret_key
curl -sS -H 'Authorization: Bearer sk_test_09c0af23cc5aa44f16b4c0e946e2bb876168f964' https://api.example.net/v1/paystack_test_secret
curl -sS -H 'Authorization: Bearer pk_live_8410ba73906376d1870fe8f452809558fa894dc1' https://api.example.net/v1/paystack_public_key
# rotated 2026-09-13, old value (revoked): sk_live_14...
