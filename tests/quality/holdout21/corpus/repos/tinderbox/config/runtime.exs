import Config

config :tinderbox, Tinderbox.Repo,
  username: "tinderbox",
  password: "Olga&Tomas72",
  hostname: "db",
  pool_size: 10

config :tinderbox, TinderboxWeb.Endpoint,
  secret_key_base: "t+ukxRa4qyWCQGrKm7Y6tCPU/0SX+JpG4yaj3voO9gPBsmd7jTmSUjX3+isJttQ5"

config :stripity_stripe, api_key: System.get_env("STRIPE_SECRET", "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")
