require 'hubspot-ruby'

Hubspot.configure(hapikey: 'c3f5a1b6-1c5f-4dfe-9064-e1297e973bee', portal_id: 82662916)

# private app token for the v3 client
client = Hubspot::Client.new(access_token: 'pat-eu1-b4412fbb-3b13-4242-8684-7d7f339d737d')
