# firecrawl integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer fc-119fab5335919cba9313023e3d68363f" https://api.firecrawl.example/v1/me  # FIRECRAWL_API_KEY
# rotated on 2025-06-12, old value fc-119fab5... (revoked)
