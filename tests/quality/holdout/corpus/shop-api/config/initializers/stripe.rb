Rails.configuration.stripe = {
  publishable_key: ENV.fetch('STRIPE_PUBLISHABLE_KEY', 'pk_live_51spP4u0frI6mU8y8KwsxDIYXjBMGJJfQh3qesuUC0wUIDus2Fwmpthn9DbjczTJNAMaww24FbfiPVpwiJZ6FALREVfcDqEH9vD'),
  secret_key: ENV.fetch('STRIPE_SECRET_KEY', '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')
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-06-20'
# connected account for the marketplace
STRIPE_PLATFORM_ACCOUNT = 'acct_181XOdssCMpwlPGR'.freeze
