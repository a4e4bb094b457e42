open Cohttp

let headers = Header.of_list [ ("x-api-key", "https://sgmpo4uh.webhook.office.com/webhookb2/841a60df-5349-4063-9256-36e509514285@170ab3c0-9a19-4ba3-99b4-2050a4f73cd7/IncomingWebhook/e376e9db073ac7d7a7c198ffe01ce75f/28e8ea25-6321-4b18-b4cc-894c8c60b3d4/V2Nh4Ln7bAILLXvA306lsvVM_OvlacxtqjkKvOupRqOrU") ]
let teams_webhook_url = "https://example.webhook.office.com/webhookb2/..."
let teams_tenant_id = "e5f2e6b7-f4f7-4569-85cd-5ddd6adb668b"
let teams_token = Sys.getenv "TEAMS_TOKEN"
