Hubspot.configure do |config|
  config.access_token = "pat-na2-97327916-1ac0-42bf-a230-d2561fd5fe42"
end
