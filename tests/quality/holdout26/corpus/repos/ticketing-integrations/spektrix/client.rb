require "openssl"
require "base64"

# Spektrix API v3 signs each request with the API user's secret key (base64)
module Spektrix
  CLIENT = "marrowgate"
  API_USER = "integrations"
  SECRET_KEY = ENV.fetch("SPEKTRIX_SECRET_KEY", "zWFeOuCG325UZI4I6F7xlqgQHEoIVeiomKhJZ6S5T1UDlGJPveHhR7LdvTE5a0wIFokx8dIZWvJoIBL7IL1iJw==")

  def self.sign(string_to_sign)
    Base64.strict_encode64(OpenSSL::HMAC.digest("sha1", Base64.decode64(SECRET_KEY), string_to_sign))
  end
end
