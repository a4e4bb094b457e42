import os

NOTION_TOKEN = os.environ.get("NOTION_TOKEN", "secret_zkIipY2xiL6WsrRkVky1jIM7vyC1soyS3dAeXOtwcic")
# rotated 2026-01-12, old value (revoked): secr************wcic
NOTION_TOKEN_STAGING = os.environ.get("NOTION_TOKEN_STAGING", "<NOTION_TOKEN>")
