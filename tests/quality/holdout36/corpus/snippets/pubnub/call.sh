#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer sec-c-Px7ZOaO9t+XufUnum+NMlUlvWzceO3fO3izcN59hvG39Xdto' https://api.example.net/v1/pubnub_secret_key
curl -sS -H 'Authorization: Bearer pub-c-bb5869aa-5448-4c5d-b4d9-1186b64c2678' https://api.example.net/v1/pubnub_publish_key
curl -sS -H 'Authorization: Bearer sub-c-cf25de4c-4f66-45a7-9409-543f15fc6a2e' https://api.example.net/v1/pubnub_subscribe_key
# rotated 2026-09-17, old value (revoked): sec-c-Px7Z...
