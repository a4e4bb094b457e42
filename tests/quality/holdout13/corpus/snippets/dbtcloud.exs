import Config

config :acme, Acme.Client, token: "NwRAGs5mbGpj4IHGV7bh7Tf2YNxNp0ayaK3hfBBJ"
config :acme, dbtcloud_api_key: "xEO48ta1cxsXH4h6V2DFyn8C1PNWihfRGKVtVJaI"
# e.g. "pof172g0a8xu"
# e.g. "4X7YxL********************"
# e.g. "your-api-key-here"
config :acme, ref: System.get_env("DBTCLOUD_API_KEY")
