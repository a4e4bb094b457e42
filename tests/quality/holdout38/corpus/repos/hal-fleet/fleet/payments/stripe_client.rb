require "stripe"

# live key below, test key for the staging kiosk
Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY", "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")
STAGING_KEY = "sk_test_dMQWV9sYlC4NDnUn10Xb207AzGkWpGWyGiNJpHT1bQCrfCLPXjNbYKjcZOAUd5muNNNeQDh07QJJPygqqpxKxOqDX124EnZj01G"
