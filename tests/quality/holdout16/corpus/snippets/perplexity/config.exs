import Config

config :app, perplexity_api_key: "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"
config :app, perplexity_request_id: "13a14f52-686b-46db-b504-e250ba406175"
config :app, perplexity_api_key_sha256: "54c2bd3efba892220b787cbfe9ef3c1e64caaa9b1b8e0692af15720077d6d5b2"
config :app, perplexity_api_key_example: "xxxxxxxxxxxxxxxxxxxxxxxx"
config :app, from_env: System.get_env("PERPLEXITY_API_KEY")
