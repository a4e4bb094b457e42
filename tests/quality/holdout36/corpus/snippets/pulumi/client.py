import os

PULUMI_ACCESS_TOKEN = os.environ.get("PULUMI_ACCESS_TOKEN", "pul-3086f45738353172a9902dca64218c99f344c222")
# rotated 2026-07-10, old value (revoked): pul-************c222
PULUMI_ACCESS_TOKEN_STAGING = os.environ.get("PULUMI_ACCESS_TOKEN_STAGING", "$(PULUMI_ACCESS_TOKEN)")
