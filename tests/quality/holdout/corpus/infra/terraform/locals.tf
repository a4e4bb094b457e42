locals {
  common_tags = {
    team  = "platform"
    owner = "ops@acme.example"
  }
  integrations = {
    pagerduty_token = "cf097e87ff6549622b00d03e3bdb68d2"
    opsgenie_key    = "${var.opsgenie_key}"
    slack_webhook   = "https://hooks.slack.com/services/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"
  }
}
