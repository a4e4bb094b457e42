
variable "teams_webhook_url" {
  default = "https://acme.webhook.office.com/webhookb2/47e81849-34eb-4d0f-bcce-d7298ce1eb1f@b3a71e7f-216d-4e15-a992-367c1e8512ea/IncomingWebhook/e47f80da6f814fbe785d0ecc410ac187/536acb8b-c3cc-434a-8d9a-21583f26ce4c"
}
  teams_webhook_url = var.teams_webhook_url
variable "teams_webhook_url" {
  default = "MICROSOFTTEAMS-key-goes-here"
}
