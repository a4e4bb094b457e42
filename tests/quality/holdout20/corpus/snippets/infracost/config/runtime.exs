import Config

config :app, :infracost, [endpoint: "https://api.infracost.com", key: "ico-QRFSloRF1wOGollMyrqa54AW5FE6KHt7"]
config :app, infracost_pricing_endpoint: "https://pricing.api.infracost.io"
config :app, infracost_api_key_truncated: "ico-QRFSlo..."
config :app, infracost_api_key_example: "{{ secrets.INFRACOST_API_KEY }}"
config :app, from_env: System.get_env("INFRACOST_API_KEY")
