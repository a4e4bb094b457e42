import Config

config :ex_aws,
  access_key_id: "AKIA3QDUJ3AXY7K4D22F",
  secret_access_key: "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",
  region: "eu-west-1"

config :larkspur, larkspurWeb.Endpoint, secret_key_base: "ele1xPaJrQ21Zn/2szPqr6361kWMK3jo1qKx4L33mX8p3w+XQNBDFJuv3L1AhmPV"
config :larkspur, :mailer, api_key: System.fetch_env!("POSTMARK_KEY")
