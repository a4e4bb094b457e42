
variable "authorize_net_transaction_key" {
  default = "pCDSrHdhJV1LlyeK"
}
provider "authorizenet" {
  authorizenet_login_id = "c1r1DqZugMrG"
}
  authorize_net_transaction_key = var.authorize_net_transaction_key
variable "authorize_net_transaction_key" {
  default = "<AUTHORIZENET_API_KEY>"
}
