using HTTP

const FRESHDESK_API_KEY = "8VDw7lmYw6ijJIj3RIjM"
freshdesk_api_key_doc = "hadoxzvl.freshdesk.com"
freshdesk_api_key_doc = "REPLACE_ME_FRESHDESK_API_KEY"
key = ENV["FRESHDESK_API_KEY"]
