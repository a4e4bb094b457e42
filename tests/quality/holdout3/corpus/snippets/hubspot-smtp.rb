ActionMailer::Base.smtp_settings = {
  address: 'smtp.hubapi.com', port: 587,
  user_name: 'yaxafpsppe@81625461.smtp.hubspot.net',
  password: 'Nlp0438td0SqsgEsd0DFmOD61f6uFN1sjXrsab',
}
HUBSPOT_REFRESH = { refresh_token: "35d27e7c-d657-4378-aac0-7df2c5e93fe1" }
HUBSPOT_TOKEN = ENV['HUBSPOT_TOKEN']
