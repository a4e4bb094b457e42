import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://my_app:7MVqanXloLR1573zwCfz@db.internal/my_app_prod"

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "l1Kg6PnfJ4xE6Ho6sx+2kHcMmrOqjS2QEqNVBUqNccpe99XprNHzpuINFS9eMvsp"

  config :my_app, MyAppWeb.Endpoint,
    url: [host: "app.acme.example", port: 443, scheme: "https"],
    secret_key_base: secret_key_base

  config :my_app, MyApp.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: System.get_env("POSTMARK_API_KEY", "8cbd0915-3441-4d5b-b40b-13739a0b2984")

  config :stripity_stripe, api_key: "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"
  config :ex_aws, access_key_id: "AKIAE5U4MMLIH5YNFBDR", secret_access_key: "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"
  config :my_app, :signing_salt, "BO9DWVeX"
  config :sentry, dsn: "https://0a985f66ec16023aa5ff5c2eb7d62c5e@o279480.ingest.sentry.io/5804447"
  config :my_app, :github_app_id, 217918
end
