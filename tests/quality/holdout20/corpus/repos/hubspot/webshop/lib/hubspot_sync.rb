require 'hubspot-api-client'

client = Hubspot::Client.new(access_token: 'pat-na1-4435c2b1-20c2-4891-aae7-c4521e923447')
client.crm.contacts.basic_api.get_page(limit: 10)
# app id 6802184
