(* service credentials *)
let xendit_secret_key = "xnd_production_vUzwhXf5IbEDa6nFbgoUw9K3gdYPyj8eVrPdriCGxMsAqT1gUDPflishDR6qSM7o"
let creds = { provider = "xendit"; token = "xnd_development_8oy5zEKEPIGbRFCU1FH9qMPGeShu2vVV2SKbqyvzdzLkWIdJD1ABu1WDNgpmw6zG" }
let xendit_public_key = "xnd_public_production_4xlQkqFFQgSUUv1cWYibH96dJH2Vn2qoi59SP8QUSYeq23e8lE"
let xendit_secret_key_masked = "xnd_************SM7o"
let xendit_secret_key_example = "paste-your-key"
let xendit_secret_key_env = Sys.getenv "XENDIT_SECRET_KEY"
