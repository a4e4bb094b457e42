import os

GITLAB_TOKEN = os.environ.get("GITLAB_TOKEN", "glpat-k8JJLaMhMe-kWpM0WxIP")
# rotated 2026-01-10, old value (revoked): glpa************WxIP
GITLAB_TOKEN_STAGING = os.environ.get("GITLAB_TOKEN_STAGING", "<GITLAB_TOKEN>")
