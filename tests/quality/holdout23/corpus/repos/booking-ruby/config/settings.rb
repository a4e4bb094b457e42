module Booking
  class Settings < Hanami::Settings
    setting :database_url, default: "postgres://booking:g05bxBykjyLwjST@db.internal/booking"
    setting :mailgun_api_key, default: ENV.fetch("MAILGUN_API_KEY", "408a58e9703726accff4a95d92c3727a-f394ef9d-069b6ca1")
    setting :session_secret, default: "6007e0f58a5195d342584e7fcc38da0a6c24ee4b3d52290c2263e1f640dbcbc3"
  end
end
