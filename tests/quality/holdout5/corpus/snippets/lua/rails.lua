local M = {}
local secret_key_base = "2cfc6253eb58d5c511271536d6ac7b8530f2d2d86e0a1aa0cef21f069e2bd39d1930cf8f7d241231d50c063b0fb0c43e62f153454728559007fdbb1c8023809c"
M.rails = { key = "a8fa62e6405d72ae2b345ccdfbdddbe2" }
M.rails_env = "production"
M.asset_digest = "b14180422bec6dc68800d184695eeee7810995e22ad8210006e96fe56453d5c9"
M.rails_api_key = os.getenv("RAILS_API_KEY")
return M
