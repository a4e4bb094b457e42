(* service credentials *)
let creds = { provider = "cloudsmith"; token = "272ea527bfcc9e06602cb208674a047e80d58d4f" }
let cloudsmith_org_slug = "acme-builds"
let cloudsmith_api_key_truncated = "272ea527bf..."
let cloudsmith_api_key_example = "${CLOUDSMITH_API_KEY}"
let cloudsmith_api_key_env = Sys.getenv "CLOUDSMITH_API_KEY"
