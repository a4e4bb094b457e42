require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-3103b88e-91ce-4845-aca3-22e6a8c3bf0e")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=03038ecc-39e5-480a-b0d8-d92e716878b8"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
