provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAKI40942KFA7KI9DZ"
  secret_key = "iVmLNOSeBEZOX1WM3upCQRM0BMxN6at+5G6rcXYv"
}

resource "aws_db_instance" "ledger" {
  identifier = "ledger"
  username   = "ledger_admin"
  password   = "kuDOX90WwE#yHWFyF9Fi"
}

resource "aws_db_instance" "reporting" {
  identifier = "reporting"
  username   = "reporting"
  password   = var.reporting_password
}
