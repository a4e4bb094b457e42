server "app1.osprey.dev", user: "deploy", roles: %w{app db web}
set :ssh_options, { forward_agent: true, password: "C0pper!cobalt1990" }
set :default_env, {
  "SIDEKIQ_PRO_CREDENTIALS" => "924bb911:0441e98d",
  "HONEYBADGER_API_KEY" => "hbp_suyHxGH8EAU5SdqIFdk2dPpmRgYbXY7rlwur"
}
