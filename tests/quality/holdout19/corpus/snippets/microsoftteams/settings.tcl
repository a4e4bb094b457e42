package require http

set keys(microsoftteams) "https://qxwnogxo.webhook.office.com/webhookb2/b19b94b0-fa33-4b80-ad3c-28181079599b@60693ca2-abbd-4868-b9df-1d3e4d0f9ad5/IncomingWebhook/616e9216230621eabaf53b5a22c8667e/2ade272f-c704-44a7-af2f-811898723e35/V2BHkN4byb-An0o2qlH5SJi-3jkGJAhbM1_zlKz3PgTdzZ"
set TEAMS_TENANT_ID "29c198bc-3a98-4838-aa0d-9a6ff6328e5e"
set TEAMS_WEBHOOK_URL_MASKED "http************TdzZ"
set TEAMS_WEBHOOK_URL_EXAMPLE "[REDACTED]"
set teams_webhook_url_env $::env(TEAMS_WEBHOOK_URL)
