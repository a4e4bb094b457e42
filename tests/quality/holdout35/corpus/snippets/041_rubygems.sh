# rubygems integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer rubygems_f79fa5b895992e726e7d81385bb7aaf8dcef2e671174a2f6" https://api.rubygems.example/v1/me  # GEM_HOST_API_KEY
# rotated on 2025-06-15, old value rubygems_f... (revoked)
