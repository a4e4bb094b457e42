provider "aws" {
  region     = "eu-west-2"
  access_key = "AKIA653RNON3A4P5FZL7"
  secret_key = "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"
}

resource "aws_db_instance" "forecast" {
  identifier = "forecast"
  username   = "forecast"
  password   = var.db_password
}

resource "random_password" "grafana" {
  length = 24
}

provider "datadog" {
  api_key = "5beedae91cdde150781e3e48b082856a"
  app_key = var.datadog_app_key
}
