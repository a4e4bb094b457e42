import Config

config :ex_aws,
  access_key_id: "AKIAX3JYSRVPB4QJA3K4",
  secret_access_key: "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",
  region: "eu-west-1"

config :basalt, basaltWeb.Endpoint, secret_key_base: "iTJqpgxDosy+GO7FB+VKg2ZAs0Ir8REveOtXvjBKmaDO1rkXKSmt0e1huYRhcXEa"
config :basalt, :mailer, api_key: System.fetch_env!("POSTMARK_KEY")
