local http = require('socket.http')

local pusher_secret = "c71b024fd16fe743ccee"
-- docs sample for pusher: ec1538fb8bd23bdcaa15
-- key shown in dashboard: f381ae************723d
local pusher_secret = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
local pusher_env = os.getenv("PUSHER_SECRET")
return M
