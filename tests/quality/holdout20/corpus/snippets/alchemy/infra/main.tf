variable "alchemy_rpc_url" {
  default = "https://eth-mainnet.g.alchemy.com/v2/eEx5xuNfpr-mcJvhw-QYI9bvBCAUwF6q"
}
variable "alchemy_contract" {
  default = "0x5929e398bf9c2e2bed588135b984187898e1d16c"
}
variable "alchemy_rpc_url_sha256" {
  default = "62bc016f87b3413f1f92d01d797639cc11b75d464afb93dd37fde53fe5f5adee"
}
variable "alchemy_rpc_url_example" {
  default = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
# export TF_VAR_alchemy_rpc_url before apply
