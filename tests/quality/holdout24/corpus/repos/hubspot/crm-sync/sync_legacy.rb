require "net/http"
require "json"

# pre-2022 sync, still run monthly for the archive portal
HAPI = "843d08ce-57be-4ca9-929b-3bbabe7710f6"
PORTAL = 136353264

def contacts(offset = 0)
  uri = URI("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=#{HAPI}&vidOffset=#{offset}")
  JSON.parse(Net::HTTP.get(uri))
end

def deals
  JSON.parse(Net::HTTP.get(URI("https://api.hubapi.com/deals/v1/deal/paged?hapikey=0c38a6bd-e65d-474e-8dac-f17794781733&limit=250")))
end
