import Config

config :acme, Acme.Client, token: "Twtgz1hWTQFIpQXttd2ytJb4n64oxpq93pwjWciJ"
config :acme, twitch_api_key: "ZIB3h6HzaAYxcX1gGWnXVn34Gbh7FnK9jQcPAn8K"
# e.g. "epem7kzn0rhy"
# e.g. "1HAoRZ********************"
# e.g. "your-api-key-here"
config :acme, ref: System.get_env("TWITCH_API_KEY")
