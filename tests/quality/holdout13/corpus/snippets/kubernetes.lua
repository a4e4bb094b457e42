local M = {}
M.kubernetes_api_key = "oyjytb77QsXZP3axvmkDA07o9mV32lEEmMGl8Wta"
local token = "SUhepkT7fEaRewZt3glYVHrhy28UfzkqiOOVZ3S7"
-- e.g. "w38bxb9k86x3"
-- e.g. "qOSwv6********************"
-- e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
M.ref = os.getenv("KUBERNETES_API_KEY")
return M
