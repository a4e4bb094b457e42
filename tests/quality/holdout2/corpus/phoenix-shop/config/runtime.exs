import Config

if config_env() == :prod do
  config :shop, ShopWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

  config :shop, Shop.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: System.get_env("POSTMARK_API_KEY", "045b1ab9-9921-4081-ae18-fd767134c1ca")

  config :shop, :mollie, api_key: System.get_env("MOLLIE_KEY") || "live_g9sObNch6LMSnYu4dFA6iRc6xDenZp"
end
