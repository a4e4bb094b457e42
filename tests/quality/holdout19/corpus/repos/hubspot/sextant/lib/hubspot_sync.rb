require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-3720e2ec-4138-4f33-a0d5-c03809cea365")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=7712d557-4a60-4a8c-8546-d0a00d73e1c0"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
