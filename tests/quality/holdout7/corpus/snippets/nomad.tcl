package require http

set nomad_token "1bf37e9e-ccdc-4241-ac93-fd441a32a5d9"
set nomad_accessor_id "b7427c20-8191-4245-8d31-d86267b36b22"
set nomad_addr "https://nomad.service.consul:4646"
set nomad_token $env(NOMAD_TOKEN)
