require "hubspot-api-client"

Hubspot.configure do |config|
  config.access_token = "pat-na1-3bfcf058-41df-408d-9bf8-8a34269928ff"
end
REFRESH = ENV.fetch("HUBSPOT_REFRESH_TOKEN", "na2-0c84-b169-9cba-bad0-1d285e6f9d77")
