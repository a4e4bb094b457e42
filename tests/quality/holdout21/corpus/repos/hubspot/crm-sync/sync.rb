require 'hubspot-ruby'

Hubspot.configure(hapikey: 'c91ed177-d91a-46db-b981-52a932a91c8b', portal_id: 43353552)

# private app token for the v3 client
client = Hubspot::Client.new(access_token: 'pat-eu1-1c42f88a-06bc-4391-a7eb-955f814bba66')
