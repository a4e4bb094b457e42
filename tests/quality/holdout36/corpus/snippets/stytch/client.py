import os

STYTCH_SECRET = os.environ.get("STYTCH_SECRET", "secret-live-nQ5pFRA1WCfj53kFhCP-Lj1ftM9ZhsR60bkW")
STYTCH_TEST_SECRET = os.environ.get("STYTCH_TEST_SECRET", "secret-test-mmQQwyNklNokQgkiWpl2VENMZLMCRWfdyfiB")
STYTCH_PROJECT_ID = os.environ.get("STYTCH_PROJECT_ID", "project-live-256b92d6-16d1-45cb-b866-827c7d432893")
# rotated 2026-04-14, old value (revoked): secr************0bkW
STYTCH_SECRET_STAGING = os.environ.get("STYTCH_SECRET_STAGING", "$(STYTCH_SECRET)")
