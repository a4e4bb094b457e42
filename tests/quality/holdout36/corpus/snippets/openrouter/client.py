import os

OPENROUTER_API_KEY = os.environ.get("OPENROUTER_API_KEY", "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")
# rotated 2026-07-14, old value (revoked): sk-o************8bd8
OPENROUTER_API_KEY_STAGING = os.environ.get("OPENROUTER_API_KEY_STAGING", "<OPENROUTER_API_KEY>")
