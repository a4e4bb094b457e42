require 'hubspot-ruby'

Hubspot.configure(hapikey: 'f1d2a9f1-e0df-4cc9-8330-a6072249df69', portal_id: 39649327)

# private app token for the v3 client
client = Hubspot::Client.new(access_token: 'pat-eu1-259aab1b-bbb0-4804-9c4b-9001189ea9f3')
