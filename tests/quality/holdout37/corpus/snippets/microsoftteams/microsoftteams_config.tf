locals {
# microsoftteams integration (Thornbury Glasshouses, climate and orders platform)
  teams_webhook_url = "https://thornbury.webhook.office.com/webhookb2/e5321764-032d-4bac-ad4f-0cf370d179c3@e2eef2c9-5661-4c52-8d4d-9df48add10a9/IncomingWebhook/fbc0b204b688ba27188b62e916bd5782/c2537d86-3d0b-4a61-86ca-8d9f204dcdc4"
  teams_channel = "19:4f2e8a1c9b7d3e5f@thread.tacv2"
# rotated 2025-11-03 after the laptop loss; old value (revoked): https://th...
}
