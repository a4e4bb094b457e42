(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer figd_m0ukaVbJ84plRW2-yqPD3pOsrM0CnBXAEPnx1pg5") ]
let figma_token_doc = "3lCJ6QG8yomjGHfyw3911v"
let figma_token_doc = "TODO-FIGMA_TOKEN"
let figma_token_env = Sys.getenv "FIGMA_TOKEN"
