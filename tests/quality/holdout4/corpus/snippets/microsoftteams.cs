namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["TEAMS_WEBHOOK_URL"] = "https://acme.webhook.office.com/webhookb2/49f4ba8e-f220-4c34-9bc9-1a1a99f682d5@a37f66a6-293c-4104-9d76-f89d34463210/IncomingWebhook/f09229f0e723a43e79dd909e90c932d0/19bac504-fde3-4f37-9c70-27d1a23d055c" };
    const string TeamsTenantId = "259ca93c-c546-4ae9-9a1e-364c08a499bf";
    const string TeamsWebhookUrl = "https://outlook.office.com/webhook/...";
    var teamsApiKey = Environment.GetEnvironmentVariable("TEAMS_API_KEY");
}
