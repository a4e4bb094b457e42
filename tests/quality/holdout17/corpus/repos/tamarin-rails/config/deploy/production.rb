server "app1.tamarin.dev", user: "deploy", roles: %w{app db web}
set :ssh_options, { forward_agent: true, password: "OrchidThistle69*" }
set :default_env, {
  "SIDEKIQ_PRO_CREDENTIALS" => "fd690e83:975885f9",
  "HONEYBADGER_API_KEY" => "hbp_pL5yVVaWjg5MypTZlDxADJELH8GiR2jht5JD"
}
