import Config

config :wren, :riotgames, key: "RGAPI-ae5c9272-7d0e-4569-a7a0-78b290a652c6", pool: 5
config :wren, riot_puuid: "d71oHGhNbYBzZTmCXeNXL1JMZtd2-CYJG2hiRhWRkii17AHBNCaND_nkI_AwObUpyfCr8RZaim8jSr"
config :wren, riot_api_key_truncated: "RGAPI-ae5c..."
config :wren, riot_api_key_example: "${RIOT_API_KEY}"
config :wren, from_env: System.get_env("RIOT_API_KEY")
