import Config

config :acme, pagerduty_token: ~s(u+JRvIduKC___X43D3ms)
config :acme, :pagerduty, pagerduty_routing_key: "73ebe4f85f8d1a7bab35213eec971865"
config :acme, pagerduty_service_id: "PR4MSWV"
config :acme, pagerduty_ep_id: "P65I9LN"
config :acme, pagerduty_token: System.get_env("PAGERDUTY_TOKEN")
