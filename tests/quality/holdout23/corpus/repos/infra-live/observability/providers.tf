terraform {
  required_providers {
    datadog = { source = "DataDog/datadog" }
    pagerduty = { source = "PagerDuty/pagerduty" }
  }
}

provider "datadog" {
  api_key = "5e274c922321f3a19af344eb160b3d2d"
  app_key = "1e36a88a5299d5165c2971e95cfae126e891fe21"
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = var.pagerduty_token
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
  default   = "u+2xrkr8ATMFj0YihCo-"
}
