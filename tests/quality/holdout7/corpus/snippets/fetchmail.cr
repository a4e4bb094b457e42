require "http/client"

FETCHMAIL_PASSWORD = "ZScsHc+uzLwhJAr#57"
fetchmail_user = "ops@example.com"
fetchmail_password = "changeme"
fetchmail_token = ENV["FETCHMAIL_TOKEN"]
