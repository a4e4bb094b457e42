import Config

config :wren, :riotgames, key: "RGAPI-daae5c92-727d-4e85-b907-a078b290a652", pool: 5
config :wren, riot_puuid: "bgd71oHGhNbYBzZTmCXeNXL1JMZtd2-CYJG2hiRhWRkii17AHBNCaND_nkI_AwObUpyfCr8RZaim8j"
config :wren, riot_api_key_truncated: "RGAPI-daae..."
config :wren, riot_api_key_example: "${RIOT_API_KEY}"
config :wren, from_env: System.get_env("RIOT_API_KEY")
