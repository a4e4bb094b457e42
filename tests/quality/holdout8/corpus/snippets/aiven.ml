open Lwt.Syntax

let aiven_service_password = "AVNS_3V-UxNI8qJ_LBYr-8pL"
let () = Unix.putenv "AIVEN_PG_URI" "postgres://avnadmin:AVNS_YeeVLSWdsbkx5q2nVfV@pg-wgug4k-acme.aivencloud.com:17725/defaultdb?sslmode=require"
let aiven_project = "acme-analytics"
let aiven_service_password = "AVNS_****"
let aiven_token = Sys.getenv "AIVEN_TOKEN"
