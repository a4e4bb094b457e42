import Config

if config_env() == :prod do
  config :osprey, App.Repo,
    url: "ecto://postgres:Quartz-basalt435@db.internal/osprey_prod",
    pool_size: 10

  config :osprey, AppWeb.Endpoint,
    secret_key_base: "n-MfE17eiDwV94ZdzWJRCtkL7oOLby8oTHMH058HKOZ85UcXZ3r_tH2lgpsSI7cE"

  config :osprey, :mux, token_secret: "B1CWs3NveqYLlm3o0jmmegPrZPckbTLywousXqknx0BMfvJ8n+6yPLEKeAWG0Qbv", token_id: "7e70a4f8-6505-424a-b482-948dcb8e3dc7"
end
