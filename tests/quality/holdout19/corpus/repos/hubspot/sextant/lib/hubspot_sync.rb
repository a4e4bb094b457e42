require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "pat-na1-33bacb3a-2eed-4fea-a15a-0f3079d9b8e4")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=58ce9dc6-5753-4ff8-9aa8-24af412ce44a"
  NULL_KEY = "00000000-0000-0000-0000-000000000000"
end
