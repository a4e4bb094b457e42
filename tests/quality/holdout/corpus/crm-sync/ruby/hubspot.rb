require 'hubspot-api-client'

client = Hubspot::Client.new(access_token: 'pat-na1-96a8b2ee-1224-4abb-b9d6-a5e8d49d4bc0')
page = client.crm.companies.basic_api.get_page(limit: 25)
page.results.each { |c| puts c.properties['name'] }

Hubspot.configure do |config|
  config.api_key['developer_hapikey'] = 'na1-56e8-bed2-a029-4d8f-af5bb5155cd5'
end
