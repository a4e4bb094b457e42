require 'hubspot-api-client'

client = Hubspot::Client.new(access_token: 'pat-na1-aafcdb4a-ea2d-47d5-9708-d82d9158f9a8')
client.crm.contacts.basic_api.get_page(limit: 10)
# app id 1126783
