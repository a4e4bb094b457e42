
provider "checkoutcom" {
  cko_secret_key = "sk_sbox_9oxdznvet77y92ioyyqa9z96h6"
}
variable "cko_live_secret_key" {
  default = "sk_trvsbqw5gde60htmzknpidmhbn"
}
locals { cko_public_key = "pk_sbox_znwvxq0zl3fvapi6iera9t2map" }
locals { cko_channel = "pc_kpuqj6iahlhihaht8ugzkxqcdr" }
# cko_api_key = var.cko_api_key
