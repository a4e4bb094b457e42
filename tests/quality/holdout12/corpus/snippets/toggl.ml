(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer bb8cb4080fbd167eab225f198dbf74ea") ]
let toggl_api_token_doc = "5313155"
let toggl_api_token_doc = "TODO-TOGGL_API_TOKEN"
let toggl_api_token_env = Sys.getenv "TOGGL_API_TOKEN"
