# perplexity integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer 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" https://api.perplexity.example/v1/me  # PERPLEXITY_API_KEY
# rotated on 2025-06-18, old value pplx-yejwP... (revoked)
