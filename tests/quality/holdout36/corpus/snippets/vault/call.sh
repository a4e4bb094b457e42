#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer hvs.l0UCpOc9PS2L1gD1UGZ0B1P5bIERmfYI2SlmBlbdvLzoXokH0XBMUEuqQf8lM6I7NmhbS0zgYO3DlyZp9AkL8LSHA5W' https://api.example.net/v1/vault_token
curl -sS -H 'Authorization: Bearer mNzZlu8pP57WcRgwJtGCMtku' https://api.example.net/v1/vault_token_accessor
# rotated 2026-06-15, old value (revoked): hvs.l0UCpO...
