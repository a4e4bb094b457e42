import os

DIGITALOCEAN_TOKEN = os.environ.get("DIGITALOCEAN_TOKEN", "dop_v1_20b720aa672d1e3bce546f4b1c1c8857e704153cb56450d868057ee8d7405cdb")
# rotated 2026-01-16, old value (revoked): dop_************5cdb
DIGITALOCEAN_TOKEN_STAGING = os.environ.get("DIGITALOCEAN_TOKEN_STAGING", "$(DIGITALOCEAN_TOKEN)")
