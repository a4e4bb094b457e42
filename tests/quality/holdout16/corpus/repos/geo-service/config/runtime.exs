import Config

if config_env() == :prod do
  config :geo, Geo.Repo,
    url: "ecto://geo:Lantern#velvet81@db.internal/geo",
    pool_size: 10

  config :geo, :hex_publish_key, "5e78ff841e659c9b5c6ae3012de87878"
  config :geo, GeoWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
