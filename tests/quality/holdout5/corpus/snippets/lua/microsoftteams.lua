local M = {}
M.microsoftteams = { key = "https://acmesywo.webhook.office.com/webhookb2/0318475c-e455-4294-834d-34405f336f1f@62a2896d-4e5a-4caf-815b-d445b8425097/IncomingWebhook/04a3a1bd3b7517af18c998ef5de19581/5b4fc7de-28a8-4281-95b2-f6faf44e0355/V2k5om9rJ17YWfbXBrnC4M4mSgdLZ1Dm7pc2rRiKRna5_bL" }
local teams_workflow_url = "https://prod-11.westeurope.logic.azure.com:443/workflows/66dd42710a6a1f2e0a9b7518654ed106/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=tS60rzLDV-zCTK-cyCt6t1BWFeEaObmHdD2bKgoKZvw"
M.teams_tenant_id = "0d470b06-c7eb-4819-ad3c-98bfc00887fd"
M.teams_webhook_url = "https://outlook.office.com/webhook/..."
M.teams_api_key = os.getenv("TEAMS_API_KEY")
return M
