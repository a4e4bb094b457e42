local M = {}
M.wise_api_key = "7b58f7d2b33f24b59d72fdfb1923cfcf25a377d7"
local token = "dcf866ef63f7cd6a755ccf9b3815851efdb2cad1"
-- e.g. "1uo05b1gj184"
-- e.g. "136bde********************"
-- e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
M.ref = os.getenv("WISE_API_KEY")
return M
