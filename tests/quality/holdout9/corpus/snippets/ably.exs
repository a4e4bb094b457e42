import Config

config :acme, Acme.Ably, ably_api_key: "DNxril.aR7kQf:Wv52uvEgoqiXnLAC1lIAYJRfza0hW-rdE2oapzzQbkr"
System.put_env("ABLY_API_KEY", "I6bGfK._z1iYy:lswfgItIepZEufUlSoU5AZzcWQa3oBC4IPlNKnhdW2_")
config :acme, ably_key_name: "wTXpKV.eBPog9"
config :acme, ably_api_key: "<app-id>.<key-id>:<key-secret>"
config :acme, ably_token: System.fetch_env!("ABLY_TOKEN")
