open Lwt.Syntax

let () = Unix.putenv "MJ_APIKEY_PRIVATE" "a04779c077b5d49afa86dbda8fa1dda3"
let creds = [ ("mailjet_sms_token", "21e320514cc5ebef7feb0b6238491823"); ("region", "eu") ]
let mj_apikey_public = "315b9d04e9461d40c8cb080ea81cff77"
let mailjet_sender = "noreply@acme.example"
let mailjet_token = Sys.getenv "MAILJET_TOKEN"
