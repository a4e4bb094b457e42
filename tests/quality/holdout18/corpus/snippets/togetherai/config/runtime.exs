import Config

config :app, together_api_key: "tgp_v1_FJ8hSh6LKbyBcvMEy0iwd6F6k-9Ay4PH3MrzWQHVBei"
config :app, :togetherai, api_key: "4c22f8b6f22b4aa0db6196754b6014a4175a9aaa89b7fbddb38e46fb7e96f489", retries: 3
config :app, together_model_name: "meta-llama/Llama-3.3-70B-Instruct-Turbo"
config :app, together_api_key_sha256: "aa5c751a4be3fb0cbd3e05f814196d327468e1f516a01517b52b96deeb10cb25"
config :app, together_api_key_example: "xxxxxxxxxxxxxxxxxxxxxxxx"
config :app, together_api_key_env: System.get_env("TOGETHER_API_KEY")
