local M = {}

M.github_token = "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"
M.services = { github = { key = "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" } }
M.gh_installation_token = "ghs_QLuNUy7kpIWErG1bi9jA3iDdvC62w70aymfH"
M.github_app_client_id = "Iv23liFu07twS6R3plcr"
M.github_commit_sha = "eefb55551604460aed5bb48dcedc9d70c7fc4044"
M.github_token_sha256 = "79aec90accdae71adf3d8f5b70ea268df566221aab58f85092ddd60647550ef0"
M.github_token_example = "xxxxxxxxxxxxxxxxxxxxxxxx"
M.from_env = os.getenv("GITHUB_TOKEN")
return M
