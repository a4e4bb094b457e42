# config/server.cr
Lucky::Server.configure do |settings|
  settings.secret_key_base = "fT4QcRpqRLWvlXeo3Ak4/GzCNezED17rZule4U8zqy8="
  settings.host = "0.0.0.0"
  settings.port = 5000
end

BaseEmail.configure do |settings|
  settings.adapter = Carbon::SendGridAdapter.new(api_key: "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")
end
# build 2a5bc5d2d9bd37e587b5e4d964100c0ebf8f3327
