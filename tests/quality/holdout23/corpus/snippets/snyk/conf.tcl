package require http

set snyk_token {0021e21a-30d4-44fd-9a45-71065691def3}
set snyk_org_id {d849834d-3255-4109-affd-119ac710e743}
set snyk_project_id {36c6751b-1c90-4d20-a8cc-ff330234d063}
set snyk_token_sha256 {a130426fb310ea8d5f8d9b16456adb43c951906cadc3a241b4dfb1748538fedd}
set snyk_token_example {xxxxxxxxxxxxxxxxxxxxxxxx}
set from_env $::env(SNYK_TOKEN)
