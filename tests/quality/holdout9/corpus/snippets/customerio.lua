-- access_by_lua_file
local http = require "resty.http"
local customerio_app_api_key = "79cfc576ed13f5dd570a34032f9cff40"
local customerio_track_api_key = [[d7c2b06ebdb117ea3c46]]
local customerio_site_id = "26ec65ab50d2b7fc24fd"
local customerio_region = "us"
local customerio_token = os.getenv("CUSTOMERIO_TOKEN")
