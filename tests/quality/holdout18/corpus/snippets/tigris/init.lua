local M = {}
M.aws_secret_access_key = "tsec_cj4gFnH3B53XDDwjjUgvYZl4UmUXnye7SpzvM0bAcTA"
M.tigris_access_key_id = "tid_4NlIn45jKDxIRZa9k4rBJc62SEDavY"
M.aws_secret_access_key_sha256 = "9a642ae0701ee193c72f5492f16840bac4f26b5569c19906c7f6cb5c3a08d909"
M.aws_secret_access_key_example = "$(AWS_SECRET_ACCESS_KEY)"
M.from_env = os.getenv("AWS_SECRET_ACCESS_KEY")
return M
