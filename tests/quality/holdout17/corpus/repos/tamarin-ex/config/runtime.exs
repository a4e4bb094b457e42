import Config

if config_env() == :prod do
  config :tamarin, App.Repo,
    url: "ecto://postgres:Velvet.meadow8409@db.internal/tamarin_prod",
    pool_size: 10

  config :tamarin, AppWeb.Endpoint,
    secret_key_base: "zCNnhSb93TKuSmq8FDvinjNtWIq-X8-j5LVGM0O05QKR2qt7qkQQxUZngGB2h6VF"

  config :tamarin, :mux, token_secret: "0XLc7tPlo52tF0WQZ3wSkpqPzfJRBIsbDKmxUo7M6O4Lo5hDmS3Xf4ejVpSJarfe", token_id: "fffa3c69-97ba-4556-bc95-a28a15827aff"
end
