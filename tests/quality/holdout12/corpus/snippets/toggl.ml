(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer 517748ea35ef1002462bf46944419e88") ]
let toggl_api_token_doc = "7283356"
let toggl_api_token_doc = "TODO-TOGGL_API_TOKEN"
let toggl_api_token_env = Sys.getenv "TOGGL_API_TOKEN"
