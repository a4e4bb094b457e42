(* service credentials *)
let langsmith_api_key = "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"
let creds = { provider = "langsmith"; token = "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" }
let langsmith_project_name = "support-bot-evals"
let langsmith_run_id = "bf79add6-4431-42de-9558-427eb8739796"
let langsmith_api_key_sha256 = "2b7421c40b2b186eff5ca60c533002b550ae2f0b0f5c3400c4fd4fc26cd70053"
let langsmith_api_key_example = "$(LANGSMITH_API_KEY)"
let langsmith_api_key_env = Sys.getenv "LANGSMITH_API_KEY"
