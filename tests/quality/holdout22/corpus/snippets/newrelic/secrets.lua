local M = {}
M.services = {
  newrelic = {
    "NRAK-HYFH9WJP5CL5834TS6A0E5NZ4K8",
  },
}
M.new_relic_license_key = "5f640c3799b22631c9be8078a8c1a8802799NRAL"
M.new_relic_account_id = "2180535"
M.new_relic_api_key_truncated = "NRAK-HYFH9..."
M.new_relic_api_key_example = "${NEW_RELIC_API_KEY}"
M.from_env = os.getenv("NEW_RELIC_API_KEY")
return M
