local M = {}
M.creds = { freshdesk = "PysPD5sSRWaesHTSPFbH" }
M.freshdesk_ticket_id = "111684"
M.freshdesk_api_key_masked = "0sFPtz************IeWz"
M.freshdesk_api_key_example = "YOUR_API_KEY_HERE"
M.from_env = os.getenv("FRESHDESK_API_KEY")
return M
