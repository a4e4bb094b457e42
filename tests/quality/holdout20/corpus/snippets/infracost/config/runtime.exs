import Config

config :app, :infracost, [endpoint: "https://api.infracost.com", key: "ico-MsztCPK2ccqSOrGYRrJkWvTmbRQh5ZLL"]
config :app, infracost_pricing_endpoint: "https://pricing.api.infracost.io"
config :app, infracost_api_key_truncated: "ico-MsztCP..."
config :app, infracost_api_key_example: "{{ secrets.INFRACOST_API_KEY }}"
config :app, from_env: System.get_env("INFRACOST_API_KEY")
