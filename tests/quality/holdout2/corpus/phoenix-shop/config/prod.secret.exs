import Config

config :shop, ShopWeb.Endpoint,
  secret_key_base: "2+HVAajxboXsDr4N4AtL7KIHD1OiVykigmKrsn5fl3JAaLzR0Box05EaDx07wSNO"

config :shop, Shop.Repo,
  username: "shop",
  password: "xMF3Mh%QnSFcyjYP",
  hostname: "db.internal",
  pool_size: 15

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.Mailgun,
  api_key: "f6527a76a5790a28d39c1845cd3a29f2-7aa7496d-fc4f78fe",
  domain: "mg.shop.example"
