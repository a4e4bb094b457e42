import Config

config :pleroma, Pleroma.Web.Endpoint,
  secret_key_base: "c3J0B35B84lV/5OrPfVNtdSP+Zcbz8BW3z3WBCvWRIw0xn3erD+/YZZlL3JEfe5a",
  signing_salt: "SrutHF4Y"

config :pleroma, Pleroma.Repo,
  username: "akkoma",
  password: "Olga&Noor41",
  database: "akkoma"
