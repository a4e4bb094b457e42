Hubspot.configure do |config|
  config.client_id = 'f96757b4-bbb1-46b6-af04-66601b7bce54'
  config.client_secret = 'd3e156aa-84b3-4016-a900-f94d035b8aea'
  config.redirect_uri = 'https://timeline.marigold.example/oauth/callback'
end
HUBSPOT_APP_ID = 7465889
