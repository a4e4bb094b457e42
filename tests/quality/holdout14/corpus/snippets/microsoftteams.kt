package org.example

const val teamsWebhookApiKey = "https://acmeuqs2.webhook.office.com/webhookb2/6c1e3e70-736f-4813-886d-176a04ccccaa@da4c785f-93d7-4c3b-a4af-3fea4691a3db/IncomingWebhook/abd3de096811e53f5c701fd1296d9e11/40662cdf-3e03-4a81-9cfd-f568304c9a7f/V2pXh4WMb1kf32HMMB9SIh_TD6IsPCr-TQiN12xKNg"
// docs sample for microsoftteams: 75bce8b8-a4c1-4e50-9135-04db01a5e0ba
// key shown in dashboard: https:************gDXL
const val teamsWebhookApiKey = "<YOUR_TEAMS_WEBHOOK_API_KEY>"
val teamsWebhookEnv = System.getenv("TEAMS_WEBHOOK_API_KEY")
