local M = {}
M.telnyx = { key = "KEY01A14A622BABB50FFD424DE8031B9A94B_8hW14IjLW1xk9WzZuTLYGf" }
local telnyx_key = "KEY01AB2C9AFE55EF599DB988792801C43B0_yrpP1thpVWMAPvHCEXrJOE"
M.telnyx_public_key = "7kMPKs6eTYS4uMEwjJXuzuCtpZJLkrHttFyYZnexg+I="
M.telnyx_connection_id = "5631467159599322882"
M.telnyx_api_key = os.getenv("TELNYX_API_KEY")
return M
