local M = {}
M.gotify_api_key = "03fb3c078052065490e57291f897e9cf806a"
local token = "736e33af270909cd8bcc162087d2f2f8b861"
-- e.g. "inru1wzsnbxz"
-- e.g. "91e06b********************"
-- e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
M.ref = os.getenv("GOTIFY_API_KEY")
return M
