require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-b486a7bd-0708-42f6-a7ae-595e353bc1eb")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=606cc2da-6c9c-4c4e-bea5-6a69bdebaec2"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
