import Config

config :my_app, MyApp.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "my_app_dev"

config :my_app, MyAppWeb.Endpoint,
  secret_key_base: "aLrv/RmkGj4KG4+Oc/ml+FpTq1WJa0khOtpv03iAP9O9EA05IlBe0MuX+eWpGgpz",
  live_view: [signing_salt: "CgwIrJfW"]

config :my_app, :openai_api_key, "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"
