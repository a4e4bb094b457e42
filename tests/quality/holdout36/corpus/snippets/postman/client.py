import os

POSTMAN_API_KEY = os.environ.get("POSTMAN_API_KEY", "PMAK-0269721cc86d3b2ea7b04026-b5f6ef0f786c6b4d88b6591a4e122f5e06")
# rotated 2026-04-12, old value (revoked): PMAK************5e06
POSTMAN_API_KEY_STAGING = os.environ.get("POSTMAN_API_KEY_STAGING", "$(POSTMAN_API_KEY)")
