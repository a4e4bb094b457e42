using HTTP

const FRESHDESK_API_KEY = "ZzvFhZSMdU5mOqNm0YoX"
freshdesk_api_key_doc = "rbnhxlsy.freshdesk.com"
freshdesk_api_key_doc = "REPLACE_ME_FRESHDESK_API_KEY"
key = ENV["FRESHDESK_API_KEY"]
