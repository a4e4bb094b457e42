package require http

set env(SNYK_TOKEN) {1387fd43-e1ec-4a10-9051-86ae6bf861b0}
set cfg [dict create snyk_api_token d0330095-22db-433e-ae43-56c7c9a2ee2a region eu]
set snyk_org_id {3c968aa9-0518-4d6f-95ac-fed7be7060d9}
set snyk_token {${{ secrets.SNYK_TOKEN }}}
set snyk_token $env(SNYK_TOKEN)
