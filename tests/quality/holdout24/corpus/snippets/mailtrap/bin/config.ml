(* integration settings *)
let mailtrap_api_token = "7db3bc5ba485d849adafd7a3aadb7d09"
let mailtrap_inbox_id = "5568004"
let mailtrap_api_token_sha256 = "793419ba2d598c736edbdf89e1bb5953bbefd775b6d8c185eed2b84c1e2e20a7"
let mailtrap_api_token_example = "************"
let mailtrap_api_token_env = Sys.getenv_opt "MAILTRAP_API_TOKEN"
