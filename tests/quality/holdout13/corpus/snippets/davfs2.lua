local M = {}
M.davfs2_api_key = "71474072abc3e116b05e3fb8beb6b205"
local token = "c516e638567a6862a9bd19744ee4244c"
-- e.g. "6wfuf2y2yoid"
-- e.g. "90dbb4********************"
-- e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
M.ref = os.getenv("DAVFS2_API_KEY")
return M
