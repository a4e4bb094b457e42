import Config

config :acme, :mandrill, mandrill_api_key: "md-5UlJtPzpDVYq9E4QPIquTE"
config :acme, mandrill_key: System.get_env("MANDRILL_KEY", "eRr_Dd_Ph3gp-1rsvFxPn1")
config :acme, mandrill_subaccount: "acme-tx"
config :acme, mandrill_api_key: "md-XXXXXXXX"
config :acme, mandrill_api_key: System.fetch_env!("MANDRILL_API_KEY")
