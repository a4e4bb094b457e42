(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer figd_1keQJAg7ABRW3MzSDNaguUHUKOA6ZE2M52rmKZv4") ]
let figma_token_doc = "WI8uXdEjSRk4ojuKQRwbLo"
let figma_token_doc = "TODO-FIGMA_TOKEN"
let figma_token_env = Sys.getenv "FIGMA_TOKEN"
