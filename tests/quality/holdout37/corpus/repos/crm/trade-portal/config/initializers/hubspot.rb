Hubspot.configure do |config|
  config.access_token = "pat-na3-e98d37e5-f199-4d8d-9c0d-d8d5a8622b3b"
  config.portal_id = 23201808
end
