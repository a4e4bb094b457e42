import Config

config :acme, Acme.Portainer, portainer_api_key: "ptr_78Aa/09jJCLEn5ueyWraByt0AT59y2zm2WX2V57Q3xw="
System.put_env("PORTAINER_API_KEY", "ptr_pnUXSu1K+r26e0BSl9QxrYLZazxliVX9ckjjf91/muw=")
config :acme, portainer_endpoint_id: "2"
config :acme, portainer_stack: "68"
config :acme, portainer_token: System.fetch_env!("PORTAINER_TOKEN")
