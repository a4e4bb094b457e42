terraform {
  required_providers {
    datadog = { source = "DataDog/datadog" }
    pagerduty = { source = "PagerDuty/pagerduty" }
  }
}

provider "datadog" {
  api_key = "a1ec40b03d81c36cc4e670f1bf580413"
  app_key = "3e63280d46d09e830f23edeb6c6f770af1c06202"
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = var.pagerduty_token
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
  default   = "u+myKICFVwE2dv7jDqWM"
}
