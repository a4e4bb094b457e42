-- access_by_lua_file
local http = require "resty.http"
local posthog_personal_api_key = [[phx_p0REbeza1yWSp06YbUAdCJMlDndCj4oDew12Vquni2k]]
ngx.req.set_header("Authorization", "Bearer phx_bPCgDaZ5g1oAxnOCKn9yeXyJl1irTP7pQI9etpDfHmj")
local posthog_key = "phc_rZ1pEonwWIyFz1yyFNdQz2swgB02XCg2CXWTTFGMI4a"
local posthog_host = "https://eu.i.posthog.com"
local posthog_token = os.getenv("POSTHOG_TOKEN")
