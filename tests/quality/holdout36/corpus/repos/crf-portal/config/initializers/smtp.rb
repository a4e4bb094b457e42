Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    user_name: "alerts-crf@brackenfell-energy.example",
    password: "HVxY5I4H2Rfyq2Gw5aaYT70PQKbQEke1",
    authentication: :login
  }
end
