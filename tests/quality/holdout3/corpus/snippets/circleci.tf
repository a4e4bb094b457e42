
provider "circleci" {
  circleci_token = "CCIPAT_sBMTlk4MfzENjqj7Vul36a_2bc128dc57adc105ed73f176c88f4d43c095057b"
}
variable "circleci_token_legacy" {
  default = "2047e690f63482ce1dcc4af122533965aa3ab860"
}
  circleci_token = var.circleci_token
provider "circleci" {
  circleci_token = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
