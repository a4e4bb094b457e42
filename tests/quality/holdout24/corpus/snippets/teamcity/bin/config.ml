(* integration settings *)
let teamcity_token = "eyJ0eXAiOiAiVENWMiJ9.i7itN_oI7bci6oHH-8siRPDaBdbrG5L8-rBF.WSHn9wf3dk3q0WpBuatFk1d8totw8cj4yU-YaYyrk9GAQEQw"
let teamcity_build_type = "Fernquay_Api_Build"
let teamcity_token_sha256 = "f120bc329a62a3917aa49835af379ae98aeaccc316454b38c752dd468c160181"
let teamcity_token_example = "$(TEAMCITY_TOKEN)"
let teamcity_token_env = Sys.getenv_opt "TEAMCITY_TOKEN"
