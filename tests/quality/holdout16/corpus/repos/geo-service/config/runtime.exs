import Config

if config_env() == :prod do
  config :geo, Geo.Repo,
    url: "ecto://geo:Cobalt*quartz71@db.internal/geo",
    pool_size: 10

  config :geo, :hex_publish_key, "ad16d3435e78ff841e659c9b5c6ae301"
  config :geo, GeoWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
