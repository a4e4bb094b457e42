provider "uptimerobot" {
  api_key = "u9189106-374e8c12acd7a8850f2372a7"
}

resource "uptimerobot_monitor" "ledger" {
  friendly_name = "ledger"
  type          = "http"
  url           = "https://ledger.acme.example/health"
  interval      = 300
}

resource "uptimerobot_alert_contact" "slack" {
  friendly_name = "ops-slack"
  type          = "slack"
  value         = "https://hooks.slack.com/services/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"
}

output "status_page" {
  value = "https://stats.uptimerobot.com/tKrDDQBm5t"
}
