import Config

System.put_env("INFURA_URL", "https://mainnet.infura.io/v3/624bf90c5b134fc606eaddefefdf48f5")
@infura_api_key_secret "ce5a9a1073262ca3c9ebdb7dd9bbbb2a"
config :acme, infura_url: "https://mainnet.infura.io/v3/YOUR-API-KEY"
config :acme, infura_tx: "0x98cb1008c1dc407b3ea2a1d39ebf29db3c3ad5420e5e73ff82b1b4619b3acb03"
config :acme, infura_token: System.fetch_env!("INFURA_TOKEN")
