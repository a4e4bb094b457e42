import Config

config :app, :voyageai, key: "pa-GDSp4p05QNn91iRdNxesNR4BW9220dnA2X4IIbdznR5", timeout: 15_000
config :app, voyage_request_id: "32c0dafa-2d51-4686-9467-822cf5bb22d9"
config :app, voyage_api_key_truncated: "pa-GDSp4..."
config :app, voyage_api_key_example: "${VOYAGE_API_KEY}"
config :app, from_env: System.get_env("VOYAGE_API_KEY")
