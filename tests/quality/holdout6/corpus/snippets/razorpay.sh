#!/bin/sh

curl -fsS -H 'X-API-Key: NI8zGAR2OfhoUk6bJvrY5XpU' https://api.razorpay.example/v2/status
RAZORPAY_KEY_ID=rzp_live_i3Hpv24plrUzRA
RAZORPAY_TEST_KEY_ID=rzp_test_g4jpqSBD1fLLdm
test -n "$RAZORPAY_TOKEN" || exit 1
