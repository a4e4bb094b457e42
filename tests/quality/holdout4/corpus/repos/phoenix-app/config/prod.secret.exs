use Mix.Config

config :my_app, MyApp.Repo,
  url: "ecto://app:q0N3DgHF9aeFn9jmiAFC@prod-db.internal:5432/app",
  pool_size: 10

config :ex_twilio, account_sid: "AC91b649bf519e997e83fe5a2346c744df", auth_token: "1e2bcf18f54452dbacfcaebc58bac8a9"
config :pigeon, :fcm, key: "AIzaSoio8OCKw4dT_XJFZ1GfYwGdEj1PP0wTwOX"
config :my_app, :paystack, secret_key: "sk_live_7f329fe69a69b7929383914ccadb421631084e7b", public_key: "pk_live_789a1ad694dc201360c2100d95378051df6edc21"
config :my_app, :mailjet, api_key: "e675da06ccb827f253c5d555a5dd35c0", secret_key: "aadddb6944a0a40261e8382cd2e9f05d"
config :my_app, :honeybadger, api_key: "hbp_hdhiC69zr30HliPbUeLQlfzIphqqMW"
