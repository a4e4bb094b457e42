import os

AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "AKIA23GEX5XCKWURVT6Z")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "cK+S3fBwvDS8NgOQ6LPylXt61+khW3hUvKefmDS2")
AWS_EXAMPLE_KEY_ID = os.environ.get("AWS_EXAMPLE_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
AWS_ROLE_ARN = os.environ.get("AWS_ROLE_ARN", "arn:aws:iam::451089590362:role/fleet-deployer")
# rotated 2026-03 (revoked):
AWS_ACCESS_KEY_ID_OLD_REVOKED = os.environ.get("AWS_ACCESS_KEY_ID_OLD_REVOKED", "AKIA************VT6Z")
