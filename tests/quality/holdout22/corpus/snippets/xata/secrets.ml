let creds = [ ("xata", "xau_lm0ETHWVD3XgM653B7sfBpxjalzpmpLX") ]
let xata_workspace = "larchwood-4197oc"
let xata_api_key_sequential = "xau_0123456789abcdefghijklmnopqrstuv"
let xata_api_key_example = "not-set"
let from_env = Sys.getenv_opt "XATA_API_KEY"
