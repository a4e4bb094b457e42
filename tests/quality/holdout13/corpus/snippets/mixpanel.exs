import Config

config :acme, Acme.Client, token: "4f577ac2ec9c56c02839d87c56aba75c106fe45b"
config :acme, mixpanel_api_key: "4c7ee1f948e8c1b1ef55a150e899821f492979c9"
# e.g. "lesv12egtxbz"
# e.g. "c96d48********************"
# e.g. "your-api-key-here"
config :acme, ref: System.get_env("MIXPANEL_API_KEY")
