require "net/http"
require "json"

# pre-2022 sync, still run monthly for the archive portal
HAPI = "cd5a61b4-8e5e-47d2-9922-1c6e4e338055"
PORTAL = 25795939

def contacts(offset = 0)
  uri = URI("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=#{HAPI}&vidOffset=#{offset}")
  JSON.parse(Net::HTTP.get(uri))
end

def deals
  JSON.parse(Net::HTTP.get(URI("https://api.hubapi.com/deals/v1/deal/paged?hapikey=61a37158-8234-4ca3-a93b-fe54285d3cc0&limit=250")))
end
