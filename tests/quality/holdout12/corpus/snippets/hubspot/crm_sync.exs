import Config

config :crm_sync, hubspot_token: "pat-na1-fb7c98c6-a129-4972-b774-9c65fe62e056"
config :crm_sync, hubspot_eu_token: System.get_env("HUBSPOT_ACCESS_TOKEN", "pat-eu1-b1dfe17a-9bd2-41cf-a8df-cc1018ac3242")
config :crm_sync, form_guid: "324501b2-8c99-41b6-8c30-8fa148fa04f3"
config :crm_sync, sample: "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
config :crm_sync, hubspot_token_ref: System.fetch_env!("HUBSPOT_PRIVATE_APP_TOKEN")
