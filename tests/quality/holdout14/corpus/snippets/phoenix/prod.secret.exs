import Config

config :shop, Shop.Repo,
  username: "shop",
  password: System.get_env("DATABASE_PASSWORD"),
  database: "shop_prod",
  pool_size: 15

config :shop, ShopWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "eOmkKumiHP7jztARdKAs3Wg31QHOnns3I2YQl5mNw/kNxcS8gXeH/6Z+Y0/GIFPm"

config :shop, ShopWeb.Endpoint, live_view: [signing_salt: "ZHEpDqQ4"]
