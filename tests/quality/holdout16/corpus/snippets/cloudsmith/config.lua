local M = {}

M.services = { cloudsmith = { key = "99955ba2502218279a9f956e9a3844fb7318102d" } }
M.cloudsmith_entitlement = "8pQjqeXvdJdC65JY"
M.cloudsmith_package_slug = "Yu8yk5wu2sOt"
M.cloudsmith_api_key_request = "c97465c1-866a-45ce-ad32-ef08b4617550"
M.cloudsmith_api_key_example = "changeme"
M.from_env = os.getenv("CLOUDSMITH_API_KEY")
return M
