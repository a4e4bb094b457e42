local M = {}

M.services = { cloudsmith = { key = "6175e99955ba2502218279a9f956e9a3844fb731" } }
M.cloudsmith_entitlement = "3q0JcaGIMeA8pQjq"
M.cloudsmith_package_slug = "eXvdJdC65JYY"
M.cloudsmith_api_key_request = "ac5ba99c-9746-4c18-96a2-5ce0d32ef08b"
M.cloudsmith_api_key_example = "changeme"
M.from_env = os.getenv("CLOUDSMITH_API_KEY")
return M
