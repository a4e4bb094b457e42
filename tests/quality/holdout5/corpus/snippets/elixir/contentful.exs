import Config

config :acme, :contentful, contentful_management_token: "CFPAT-msOOGQOAjN94n3IPjvPOsgdvXS0_P2uj4Rgcal0t5Ix"
config :acme, contentful_cma_token: System.get_env("CONTENTFUL_CMA_TOKEN", "CFPAT-EURytDIR2LaP-TjB5udTA4okzll7rZRB2RtvkOEy3FY")
config :acme, contentful_space_id: "fs7fah2to82x"
config :acme, contentful_environment: "master"
config :acme, contentful_api_key: System.fetch_env!("CONTENTFUL_API_KEY")
