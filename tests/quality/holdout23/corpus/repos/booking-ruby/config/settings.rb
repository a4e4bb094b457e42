module Booking
  class Settings < Hanami::Settings
    setting :database_url, default: "postgres://booking:JCdYFmRibAG18RO@db.internal/booking"
    setting :mailgun_api_key, default: ENV.fetch("MAILGUN_API_KEY", "bcbc384ed2aee86112382dabce5e0f8c-3ca664e4-cf6fae49")
    setting :session_secret, default: "a9b54adfc01b8cedb91acaac06509e0421f000fbabd2c771bb1c8d6c504122ee"
  end
end
