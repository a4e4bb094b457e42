Amber::Server.configure do |settings|
  settings.secret_key_base = "uatGaUq4TPqQpUKN4S0J7bGrNl1EISVktLk518W9iYru2S3VpTmUKmSvnqTr3KRp"
  settings.database_url = "postgres://greeter:yarrow-orchid-gusto-ferret@pg-tools.internal/greeter"
  settings.redis_url = "redis://queue-1.internal:6379"
end
