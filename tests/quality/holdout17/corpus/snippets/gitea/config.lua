local M = {}

require("gitea").setup({ key = "d10b59d8b112681674d9dafa517e23b5f30bcdbb" })
M.gitea_commit_sha = "38ff553c1be37322543e35e4a8e41ce375cfa820"
M.gitea_token_masked = "d10b************cdbb"
M.gitea_token_example = "change-me"
M.from_env = os.getenv("GITEA_TOKEN")
return M
