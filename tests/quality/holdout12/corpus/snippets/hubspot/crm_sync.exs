import Config

config :crm_sync, hubspot_token: "pat-na1-5cc2631a-ee5e-4c91-b1da-294606b6d65f"
config :crm_sync, hubspot_eu_token: System.get_env("HUBSPOT_ACCESS_TOKEN", "pat-eu1-d99ce17b-cf1c-4880-96ce-00ae0a2f9356")
config :crm_sync, form_guid: "a7726dd1-9aed-417e-a5c7-e88d39d4033e"
config :crm_sync, sample: "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
config :crm_sync, hubspot_token_ref: System.fetch_env!("HUBSPOT_PRIVATE_APP_TOKEN")
