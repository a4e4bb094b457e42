Stripe.api_key = "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"
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) if Rails.env.production?

Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:gvqXlVn9cX4OztUGMdYPb@store-redis.acme.internal:6380/1" }
end

Devise.setup do |config|
  config.secret_key = "237845f433df21e2e46173ac331ca191801f12c9339cad22124ebc4893d29fbc7d143d1653888286cde578217f9f5ecce2f372921306ee343550d4b04c0aa07c"
end

Rails.application.config.secret_key_base = ENV["SECRET_KEY_BASE"]

Shopify::Context.setup(api_key: "a340c910b79d5c0711de3711bbfef9e1", api_secret_key: "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")
ShopifyAPI::Session.temp(domain: "acme-outlet.myshopify.com", token: "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") { }

Honeybadger.configure { |c| c.api_key = ENV.fetch("HONEYBADGER_API_KEY", "hbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") }
