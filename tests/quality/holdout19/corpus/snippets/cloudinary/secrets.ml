(* service credentials *)

let creds = [ ("cloudinary", "cloudinary://146669211513582:sX_MREt68_boq00flkAOQSw3Eyw@dqmrofzt") ]
let cloudinary_api_secret = "94j587C5nd-FtVUTa4Mx9O6yMpD"
let cloudinary_api_key = "778865559281973"
let cloudinary_cloud_name = "dx4xbkmfz"
let cloudinary_url_masked = "clou************ofzt"
let cloudinary_url_example = "changeme"
let cloudinary_url_env = Sys.getenv_opt "CLOUDINARY_URL"
