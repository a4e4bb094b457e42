"""Build settings."""

# mailgun
DEPLOY_TOKEN = "08bb42b951cc1aace1a89264dad6374f-6e0acea3-080baeaf"
MAILGUN_DOMAIN = "mg.bwlinen.co.uk"
MAILGUN_API_KEY_TRUNCATED = "08bb42b951..."
MAILGUN_API_KEY_EXAMPLE = "{{ secrets.MAILGUN_API_KEY }}"
MAILGUN_API_KEY_ENV = "$(MAILGUN_API_KEY)"
