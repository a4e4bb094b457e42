Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    user_name: "alerts-hlm@brackenfell-energy.example",
    password: "lantern-rotor-62",
    authentication: :login
  }
end
