package require http

set snyk_token {4d3255e1-094f-4d11-9ac7-10e743836c67}
set snyk_org_id {1b1c903d-2018-4cff-9302-34d0639a6f5b}
set snyk_project_id {910652bd-7742-41a2-9524-a13fc552910a}
set snyk_token_sha256 {51cb81bf7814396caec16f769a9ebb4108396288655845b195cfdee515a5feac}
set snyk_token_example {xxxxxxxxxxxxxxxxxxxxxxxx}
set from_env $::env(SNYK_TOKEN)
