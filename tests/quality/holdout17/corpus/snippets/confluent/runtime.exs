import Config

config :wren, :confluent, key: "k+ulLnpmxkdXZvK2kCiGWRqHA8FOYMMDAWe5WFI9fesyIMOdHn8YxYFXXfDw/oJH", pool: 5
config :wren, confluent_cluster_id: "lkc-sl35df"
config :wren, confluent_api_secret_truncated: "k+ulLnpmxk..."
config :wren, confluent_api_secret_example: "${CONFLUENT_API_SECRET}"
config :wren, from_env: System.get_env("CONFLUENT_API_SECRET")
