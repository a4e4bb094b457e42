ActionMailer::Base.smtp_settings = {
  address: 'smtp.hubapi.com', port: 587,
  user_name: '7scpumblks@71787909.smtp.hubspot.net',
  password: 'LtJPQeQgNhqWpttXX561X7bimuCqGMGq',
  authentication: :login
}
