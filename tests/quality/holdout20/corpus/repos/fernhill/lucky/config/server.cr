# config/server.cr
Lucky::Server.configure do |settings|
  settings.secret_key_base = "lfPsh7CNbshu+xIXNqnNb1jIEfuvBVUQxO/eZiKKrMI="
  settings.host = "0.0.0.0"
  settings.port = 5000
end

BaseEmail.configure do |settings|
  settings.adapter = Carbon::SendGridAdapter.new(api_key: "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")
end
# build 83058ef472c1d92a1ba544a0b3271fcc2f068be9
