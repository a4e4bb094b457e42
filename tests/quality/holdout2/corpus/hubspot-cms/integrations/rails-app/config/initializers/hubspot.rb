Hubspot.configure do |config|
  config.access_token = ENV.fetch("HUBSPOT_ACCESS_TOKEN", "pat-na1-89aac1a0-94a7-4ccc-8301-9af112f17a13")
end

HUBSPOT_HAPIKEY = "c316324a-e802-4624-863c-17e46d15c55f" # legacy, sunset 2022 -- remove
