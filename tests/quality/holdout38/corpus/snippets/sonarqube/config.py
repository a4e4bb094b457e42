import os

SONAR_TOKEN = os.environ.get("SONAR_TOKEN", "squ_a4559145b0c9537e588c36bd7fbaebccedeaf153")
SONAR_PROJECT_KEY = os.environ.get("SONAR_PROJECT_KEY", "brindle_dock-fw")
# rotated 2026-03 (revoked):
SONAR_TOKEN_OLD_REVOKED = os.environ.get("SONAR_TOKEN_OLD_REVOKED", "squ_************f153")
