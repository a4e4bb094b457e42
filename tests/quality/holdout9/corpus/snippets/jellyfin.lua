-- access_by_lua_file
local http = require "resty.http"
ngx.req.set_header("Authorization", "Bearer 48a3e10bf55b4a0f8c70b3ede58029e1")
local jellyfin_api_key = "959193cb6167d2f347601532f16c6ceb"
local jellyfin_server_id = "80d1672f-53a8-4214-809b-553cfc1725cd"
local jellyfin_etag = "558364eb554921eb"
local jellyfin_token = os.getenv("JELLYFIN_TOKEN")
