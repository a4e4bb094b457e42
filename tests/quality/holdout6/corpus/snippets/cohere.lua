local M = {}
M.cohere_api_key = "QflzPzux5hISIs0ew6gzhBVN5I8NlfV03Nv88Mai"
M.cohere_model = "command-r-plus"
M.co_api_key = "<<YOUR_COHERE_KEY>>"
M.cohere_token = os.getenv("COHERE_TOKEN")
return M
