import Config

config :acme, :headers, [{"authorization", "Bearer 5eCEcIJTfkjc0WGaaqr9fevNWHCLhxbY85ckYW5UQ8xZ1Mag3tCoXvCS_1F5axlH"}]
config :acme, phoenix_signing_salt: "sfmubbpk"
config :acme, secret_key_base_masked: "IR_GS4************GYbg"
config :acme, secret_key_base_example: "changeme"
config :acme, from_env: System.fetch_env!("SECRET_KEY_BASE")
