import Config

config :app, :braintree, api_key: "access_token$production$g8v5tb3d3yco7747$697e1c59dc24473b165959062cf60349", retries: 3
config :app, braintree_private_key: "04cb37171d0d500018cb13d1df4967fc"
config :app, braintree_merchant_id: "r74nhn8gub36eubv"
config :app, braintree_public_key: "0kplszfdj11ufu3x"
config :app, braintree_access_token_truncated: "access_tok..."
config :app, braintree_access_token_example: "sample"
config :app, braintree_access_token_env: System.get_env("BRAINTREE_ACCESS_TOKEN")
