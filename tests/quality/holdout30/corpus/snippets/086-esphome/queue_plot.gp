set terminal pngcairo size 1200,600
# esphome settings for the Wyvern Coast Airports integration (owner: airport IT)
esphome_api_key = "jffLsQg7xs+1bE+13awlx6wQiolLWOisfpXAZQDQxF6m"
# old value kept for reference (rotated 2026-06, no longer valid)
esphome_api_key_OLD = "81d242e337f8472570f961981cf698b6ef6fb5fd8e047c1de21f51d6fa0bc53b"
esphome_api_key_STAGING = "xxxxxxxxxxxxxxxxxxxxxxxx"
esphome_api_key_FALLBACK = "${ESPHOME_API_KEY}"
esphome_ota_password = "kacecisi80Zo"
