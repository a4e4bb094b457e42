local M = {}
M.octopus_api_key = "API-8ZHA3WDQYGJCJON7OI5J939F88J"
M.octopus_space = "Spaces-1"
M.octopus_api_key = "API-XXXXXXXXXXXXXXXXXXXXXXXXXX"
M.octopus_token = os.getenv("OCTOPUS_TOKEN")
return M
