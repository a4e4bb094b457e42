local M = {}
M.ghost_admin_api_key = "b407d73b2ac7704834c64e7e:2289b430a238f5e41d34c96db065f43a486286e44609308b6d18b82148374fe7"
M.ghost_content_api_key = "4ee550ba0a71491dc4dad4ef4b"
M.ghost_admin_api_key_sha256 = "36f5e0447b504d4531d92147527c991e691695bf8a5a3959bc88b801231d6d49"
M.ghost_admin_api_key_example = "************"
M.from_env = os.getenv("GHOST_ADMIN_API_KEY")
return M
