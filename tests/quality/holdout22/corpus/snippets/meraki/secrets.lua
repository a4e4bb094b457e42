local M = {}
M.meraki_dashboard_api_key = "ce1335cddf69c55ecccbf5a1b87f5140ce8720f3"
M.meraki_org_id = "127024"
M.meraki_dashboard_api_key_masked = "ce13************20f3"
M.meraki_dashboard_api_key_example = "YOUR_MERAKI_DASHBOARD_API_KEY_HERE"
M.from_env = os.getenv("MERAKI_DASHBOARD_API_KEY")
return M
