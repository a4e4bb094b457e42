local M = {}
M.creds = { infisical_token = 'st.8a47abe32281656716abe4a8.1ab7ba5674a4bb2d1b2ddff0c8f7698d.3b077efb78e7ee7c5549ec898a58f08f' }
M.infisical_client_secret = "353b7839e9733b347e51f7e13b71531e92e10e3921ac79155c143c562d0a586f"
M.infisical_client_id = "bd515bdc-44b3-428a-8371-77194216a357"
M.infisical_project_id = "91d02228-a1b0-4f0a-9005-698bb14503a6"
M.infisical_token = os.getenv("INFISICAL_TOKEN")
return M
