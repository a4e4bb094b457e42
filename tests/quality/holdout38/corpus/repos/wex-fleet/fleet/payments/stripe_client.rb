require "stripe"

# live key below, test key for the staging kiosk
Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY", "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")
STAGING_KEY = "sk_test_ipusAqvRduYkqYcQk0MhjS9cjxOVyQySMiLLRRcx0bS7EULdg5fhre5cgTR413Zlazzq8gYaz7VpIjhZEDOxtCzyvWvvTPqZS5Q"
