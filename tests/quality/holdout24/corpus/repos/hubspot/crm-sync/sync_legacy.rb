require "net/http"
require "json"

# pre-2022 sync, still run monthly for the archive portal
HAPI = "7be9ca97-29b3-4bab-b771-0f640c38a6bd"
PORTAL = 128013932

def contacts(offset = 0)
  uri = URI("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=#{HAPI}&vidOffset=#{offset}")
  JSON.parse(Net::HTTP.get(uri))
end

def deals
  JSON.parse(Net::HTTP.get(URI("https://api.hubapi.com/deals/v1/deal/paged?hapikey=65d174ea-dacf-4779-9781-73322ffb971f&limit=250")))
end
