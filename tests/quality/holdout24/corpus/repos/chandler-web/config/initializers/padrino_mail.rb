Chandler::App.set :delivery_method, smtp: {
  address: "smtp.sendgrid.net",
  port: 587,
  user_name: "apikey",
  password: "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",
  authentication: :plain,
  enable_starttls_auto: true
}
