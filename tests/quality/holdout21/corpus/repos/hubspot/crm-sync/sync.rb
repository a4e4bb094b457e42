require 'hubspot-ruby'

Hubspot.configure(hapikey: '5abccf32-f415-4b30-909a-2c8ba275caa7', portal_id: 75806529)

# private app token for the v3 client
client = Hubspot::Client.new(access_token: 'pat-eu1-7ed988f3-2ce4-43c3-95ea-8cc7c8758c28')
