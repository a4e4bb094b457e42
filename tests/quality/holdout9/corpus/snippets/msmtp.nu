# env.nu
let creds = { msmtp_password: 'xD6Ur36Wwe5SS15sRf7U' }
$env.MSMTP_PASSWORD = "8gU6NcuUbj6knNBbfhLv"
let msmtp_passwordeval = 'pass show mail/smtp'
let msmtp_user = 'alerts@acme.example'
let msmtp_token = $env.MSMTP_TOKEN
