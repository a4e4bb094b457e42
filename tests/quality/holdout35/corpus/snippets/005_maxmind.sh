# maxmind integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer 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" https://api.maxmind.example/v1/me  # MAXMIND_LICENSE_KEY
MAXMIND_ACCOUNT_ID=150568
# rotated on 2025-06-06, old value JZ7CSR_kRO... (revoked)
