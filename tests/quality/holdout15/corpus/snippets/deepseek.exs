import Config

config :acme, :deepseek, deepseek_api_key: "sk-e4edc62fca4d333d40a3d2ed311486d0"
config :acme, deepseek_request_id: "870bfd86-f10f-43d3-8aa8-57a6eccaa5da"
config :acme, deepseek_api_key_masked: "sk-67f************fa99"
config :acme, deepseek_api_key_example: "{{ deepseek_api_key }}"
config :acme, from_env: System.fetch_env!("DEEPSEEK_API_KEY")
