open Lwt.Syntax

let creds = [ ("dockerhub_token", "dckr_pat_92R8Me0Vn0w2bRJ5fwPaASQTkP2"); ("region", "eu") ]
let docker_org_token = "dckr_oat_ccBXMeoYuvIuMPhXe7n5zEPD1XInmcDk"
let docker_image_digest = "sha256:4981ee0ff04f6a12763dc24d60fc9bb43c93aa3212ec1ede839d4acab8917022"
let dockerhub_username = "acmebuild"
let docker_token = Sys.getenv "DOCKER_TOKEN"
