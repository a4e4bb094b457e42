provider "null" {}

locals {
  portainer_key = "ptr_Cb71ARD8IFxTRViOIvemdacGx3/Ji98zcsAFSoVTxVl="
}
variable "portainer_endpoint_id" {
  default = "2"
}
variable "portainer_token_sequential" {
  default = "ptr_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH"
}
variable "portainer_token_example" {
  default = "not-set"
}
output "x" { value = var.portainer_token_ref }
