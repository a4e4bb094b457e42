local M = {}
M.providers = { flagsmith = { key = "ser.MkUAwDFMvtYtuR8xl6ez4g" } }
M.flagsmith_environment_key = "LWrpu8brT8ckLDibh0GfAQ"
M.flagsmith_server_key_truncated = "ser.MkUAwD..."
M.flagsmith_server_key_example = "${FLAGSMITH_SERVER_KEY}"
M.from_env = os.getenv("FLAGSMITH_SERVER_KEY")
return M
