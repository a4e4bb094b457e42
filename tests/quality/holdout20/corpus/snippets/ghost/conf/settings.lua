local M = {}
M.ghost_admin_api_key = "26e34e5815776489113c4e71:23f319dba3f8cf259b407d73b2ac7704834c64e7e2289b430a238f5e41d34c96"
M.ghost_content_api_key = "db065f43a486286e44609308b6"
M.ghost_admin_api_key_sha256 = "e1d860325698fb923f312d0f76210ecfd94fbc4b57ea3a357273ccaac5ce64cd"
M.ghost_admin_api_key_example = "************"
M.from_env = os.getenv("GHOST_ADMIN_API_KEY")
return M
