import Config

config :app, perplexity_api_key: "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"
config :app, perplexity_request_id: "b501613a-14f5-4686-826d-bd504e250ba4"
config :app, perplexity_api_key_sha256: "af0b85f19791f151163930f51de3daa1f9ec91a96a257bc4ff50d6ae28c9a8c5"
config :app, perplexity_api_key_example: "xxxxxxxxxxxxxxxxxxxxxxxx"
config :app, from_env: System.get_env("PERPLEXITY_API_KEY")
