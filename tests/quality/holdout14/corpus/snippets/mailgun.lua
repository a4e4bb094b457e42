local http = require('socket.http')

local mailgun_api_key = "ec92bd68cb7017f2615d7c2fa3496eed-356103c4-9426fa3f"
M.acct = { "mailgun", "ops", "key-7946bfdeb5c49713e57a2124d86215a6" }
-- docs sample for mailgun: 95cfeafe6ffddb3d614f0a13884cde2e648cb7b57834b5e7bb4bad3dae6d3846
-- key shown in dashboard: a8ae5c************3fa2
local mailgun_api_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
local mailgun_env = os.getenv("MAILGUN_API_KEY")
return M
