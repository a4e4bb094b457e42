#Requires AutoHotkey v2.0

TeamsWebhookUrl := "https://acme.webhook.office.com/webhookb2/e6cbcf66-21bd-4a51-88ab-7882169a9f55@49851237-14a9-46f7-a856-a08c290ac055/IncomingWebhook/3943d275dc24796014d88932b56cf2e3/93ed0fd6-cbf6-46e3-a08b-173ab966e51c/V2Cm-FHCP2Gm97I2E8-5EbNc-zziKukEXwPplAzzjB"
EnvSet("TEAMS_WEBHOOK_URL", "https://acme.webhook.office.com/webhookb2/b5e63069-c66f-42f3-96f8-eb94f187b575@45242b73-daaa-4705-8c74-dc6bf8f5dfad/IncomingWebhook/4985b72d3fa3dc6bb3f5c5695036356f/f5232d76-3341-4bc1-8fab-ee7acfb6f246/V2d5ZyJcYJrSrxqJBLJBphqt6REanY5jkjuvqSOrPU")
TeamsTenantId := "33741e30-8e1e-42ed-b3d3-e5aa49c1a918"
TeamsWebhookUrl := "https://outlook.office.com/webhook/<your-webhook>"
TeamsToken := EnvGet("TEAMS_TOKEN")
