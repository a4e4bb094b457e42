# ngrok integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer 2CNxa9IYdhOSSOwU7uXWwCTMdHH_g0EQwuA0b4ca4CGqGG4Xq" https://api.ngrok.example/v1/me  # NGROK_AUTHTOKEN
# rotated on 2025-06-24, old value 2CNxa9IYdh... (revoked)
