# config/server.cr
Lucky::Server.configure do |settings|
  settings.secret_key_base = "CKy+CBXKFSL/2M74W37rM1dnXyrYsfyTR8cTfT4QcRo="
  settings.host = "0.0.0.0"
  settings.port = 5000
end

BaseEmail.configure do |settings|
  settings.adapter = Carbon::SendGridAdapter.new(api_key: "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")
end
# build 0b20629e804c51218f7a0cf404a2a5bc5d2d9bd3
