import Config

config :pleroma, Pleroma.Web.Endpoint,
  secret_key_base: "L8mfUcSTgs/Nmdxyt4Tj/LTOk36MHjME482ylwaT+hUGCXr2bsUm6cVKdnqvEolF",
  signing_salt: "rSK5AWzs"

config :pleroma, Pleroma.Repo,
  username: "akkoma",
  password: "Ember#1",
  database: "akkoma"
