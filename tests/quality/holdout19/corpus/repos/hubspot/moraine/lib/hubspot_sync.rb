require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-716878b8-3103-488e-91ce-7845eca322e6")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=157b3bf4-0303-4ecc-b9e5-780a30d8d92e"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
