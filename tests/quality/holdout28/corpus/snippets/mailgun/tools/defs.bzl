"""Build settings."""

# mailgun
DEPLOY_TOKEN = "1aace1a89264dad6374f6e0acea3080b-aeaf06e4-4234dd4b"
MAILGUN_DOMAIN = "mg.bwlinen.co.uk"
MAILGUN_API_KEY_TRUNCATED = "1aace1a892..."
MAILGUN_API_KEY_EXAMPLE = "{{ secrets.MAILGUN_API_KEY }}"
MAILGUN_API_KEY_ENV = "$(MAILGUN_API_KEY)"
