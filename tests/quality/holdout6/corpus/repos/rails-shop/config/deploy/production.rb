server "10.30.1.21", user: "deploy", roles: %w[app web]
server "10.30.1.22", user: "deploy", roles: %w[app db], primary: true

set :rails_env, "production"
set :branch, "main"
set :default_env, fetch(:default_env).merge("DATABASE_URL" => "postgresql://xfdbgc:gE4rGTZjj2hWMmlWBRPu@db-qw6s.internal:5432/kmnrjw")
set :honeybadger_api_key, "xxxxxxxx"
set :rollbar_token, "e41b6270dd79ee2e0272660ae8e8b70f"
set :rollbar_env, "production"
