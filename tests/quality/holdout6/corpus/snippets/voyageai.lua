local M = {}
M.voyage_api_key = "pa-t0j48rGOw8xfSyYN3djr6H6yRLOmn0ENFcsjYePpKM4"
M.voyage_model = "voyage-3-large"
M.voyage_api_key = "pa-5NZoJ..."
M.voyage_token = os.getenv("VOYAGE_TOKEN")
return M
