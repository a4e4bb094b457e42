import Config

config :acme, woocommerce_consumer_secret: ~s(cs_a4da56e482d8297f34104609065f60bf8a87df0a)
config :acme, woocommerce_consumer_key: "ck_2424795e725636d385bd2fab7b9288909b5a53f9"
config :acme, woocommerce_url: "https://shop.acme.example"
config :acme, woocommerce_token: System.get_env("WOOCOMMERCE_TOKEN")
