require "http/client"

HUBSPOT_ACCESS_TOKEN = "pat-ap1-07ccc30a-4cf3-45d1-b864-8143416b9cfc"
headers = HTTP::Headers{"Authorization" => "Bearer pat-na2-b1745c3b-e912-4e07-b36d-4535713ee0a0"}
PORTAL_ID = "05119858"
FORM_GUID = "0059ad6a-bd94-45b0-a7d2-68fb0dc1e56a"
NEWSLETTER_FORM = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
token = ENV["HUBSPOT_PRIVATE_APP_TOKEN"]
