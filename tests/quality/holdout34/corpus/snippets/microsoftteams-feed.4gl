# microsoftteams for the Alpenbahn resort: Informix 4GL (lift ops tooling)
LET teams_webhook_url = "https://alpenresort.webhook.office.com/webhookb2/843ddefa-3ae6-4b83-aa8b-3b94be0c4472@0c76c6d9-cf37-42fb-9aae-a0828f6c2275/IncomingWebhook/080668ecd0e646882f1c36aaed60649e/f55ebc86-19ba-4cc4-8ee2-5ed91696a196"
# rotated 2025-11-02, old value http************a196 (revoked)
# staging: fill in from the vault
LET staging_teams_webhook_url = "paste-your-key"
LET from_env = "${TEAMS_WEBHOOK_URL}"
