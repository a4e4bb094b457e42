# Names and settings, not secrets.
API_KEY_HEADER = "X-Api-Key"
DB_PASSWORD_SECRET_ID = "prod/basalt/db-password"
PASSWORD_RESET_TOKEN_TTL = 3600
TOKEN_ENV_VAR = "STRIPE_SECRET_KEY"
PASSWORD_FIELD = "password_confirmation"
SESSION_COOKIE = "__Host-session"
KMS_KEY_ARN = "arn:aws:kms:eu-west-1:602951954325:alias/app-secrets"
