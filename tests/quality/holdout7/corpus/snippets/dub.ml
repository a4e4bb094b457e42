open Cohttp

let dub_api_key = "dub_ZcM5mS3gpGMPuD9ImDFEz04k"
let dub_domain = "go.example.com"
let dub_api_key = "dub_xxxxxxxx"
let dub_token = Sys.getenv "DUB_TOKEN"
