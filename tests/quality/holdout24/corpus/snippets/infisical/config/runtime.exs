import Config

config :fernquay, Fernquay.Integrations,
  infisical: [endpoint: "https://api.infisical.example", auth: "20fe666e8423efdf876ced01c31790ceddbc07f489bc7279c3926cf65b59afbf"],
  infisical_client_id: "aed22d15-09bc-41cc-9c36-ef75b648446b",
  infisical_client_secret_masked: "20fe************afbf",
  infisical_client_secret_example: "not-set",
  from_env: System.get_env("INFISICAL_CLIENT_SECRET")
