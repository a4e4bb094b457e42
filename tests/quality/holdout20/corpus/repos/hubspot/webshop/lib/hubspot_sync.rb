require 'hubspot-api-client'

client = Hubspot::Client.new(access_token: 'pat-na1-862192f9-f1bb-4a46-9e01-92ca99c4c6ba')
client.crm.contacts.basic_api.get_page(limit: 10)
# app id 7516613
