import Config

config :larkspur, Larkspur.Repo,
  username: "larkspur",
  password: "QUAR04holl",
  hostname: "db",
  pool_size: 10

config :larkspur, LarkspurWeb.Endpoint,
  secret_key_base: "yY+nDqJvMJKC7dgMeZlduH1zSPKc40XQVMSruDd5SFOBmCua1EA25MZRVIP+Yd6h"

config :stripity_stripe, api_key: System.get_env("STRIPE_SECRET", "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")
