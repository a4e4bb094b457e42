-- access_by_lua_file
local http = require "resty.http"
local vultr_api_key = "TVMFSYGBVVIYEMXYVM3SVLVRWKBIDONHJ41D"
local vultr_api_key = [[E71OWNE51JW8PZU4ZV4IGJDA9VTCWOTKY86U]]
local vultr_instance = "971065c1-c56c-4b26-8401-8003a7fe7bda"
local vultr_region = "ams"
local vultr_token = os.getenv("VULTR_TOKEN")
