local M = {}

require("gitea").setup({ key = "2fd10b59d8b112681674d9dafa517e23b5f30bcd" })
M.gitea_commit_sha = "bb38ff553c1be37322543e35e4a8e41ce375cfa8"
M.gitea_token_masked = "2fd1************0bcd"
M.gitea_token_example = "change-me"
M.from_env = os.getenv("GITEA_TOKEN")
return M
