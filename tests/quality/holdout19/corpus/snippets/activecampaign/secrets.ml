(* service credentials *)

let creds = [ ("activecampaign", "d84a90f6f465e4e8f85c5a71b4861d52e5af24eb55d25adff3bd2c16f72d180925a6f1b1") ]
let ac_api_url = "https://fapakeeu.api-us1.com"
let activecampaign_api_key_masked = "d84a************f1b1"
let activecampaign_api_key_example = "changeme"
let activecampaign_api_key_env = Sys.getenv_opt "ACTIVECAMPAIGN_API_KEY"
