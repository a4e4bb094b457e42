import Config

config :acme, airtable_token: System.get_env("AIRTABLE_TOKEN", "patuetkiqFRusceIW.00314bd807d4b6ab0553854edd3aae7ed5e15ff034d16017fbce66869b7bb71f")
config :acme, :airtable, airtable_api_key: "keyzwjj1pFycgkzgW"
config :acme, airtable_base_id: "appTs56mYZWuERE3I"
config :acme, airtable_table: "tblNfZmySagGMLNl0"
config :acme, airtable_api_key: System.fetch_env!("AIRTABLE_API_KEY")
