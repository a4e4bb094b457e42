# config/server.cr
Lucky::Server.configure do |settings|
  settings.secret_key_base = "Z0VrdOW0qzl6chPRCWdMKpSUISJQO68TLe+xT6VarT4="
  settings.host = "0.0.0.0"
  settings.port = 5000
end

BaseEmail.configure do |settings|
  settings.adapter = Carbon::SendGridAdapter.new(api_key: "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")
end
# build 2e488dcb197fcf72b79e7e999bafd1a620e04f18
