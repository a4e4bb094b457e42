import Config

config :sync, Hexpm, token: "7aad940513754f7e64cde68a922752d1"
config :sync, key: "BA5BD1D1D1AD6CDB30B51BC58E8DAB1CA49024467EC6A72E9CB22E7A8D392DAB"
# key shown in dashboard: 3b6b51************6e50
config :sync, hex_api_key: "your-hexpm-token-here"
config :sync, hex_env: System.fetch_env!("HEX_API_KEY")
