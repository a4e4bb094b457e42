variable "alchemy_rpc_url" {
  default = "https://eth-mainnet.g.alchemy.com/v2/CyUSRzsBRkggKxFrhiQ02fBpmoz-yeUz"
}
variable "alchemy_contract" {
  default = "0x393358f53175e559134f308515fac8f05676b57e"
}
variable "alchemy_rpc_url_sha256" {
  default = "da06871a951199cf371dba2ac6caa9404e712dc0bb9579a651fe53adcd131608"
}
variable "alchemy_rpc_url_example" {
  default = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
# export TF_VAR_alchemy_rpc_url before apply
