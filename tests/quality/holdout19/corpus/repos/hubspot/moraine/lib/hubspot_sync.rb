require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-3c93b8dc-5521-4ec0-9f1f-aacbc2ce01ae")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=d0054204-d49f-46ce-8e07-2322a80a3d20"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
