variable "alibaba_cloud_access_key_id" {
  default = "LTAI5tsoQcCwTF1BH3wm5Kzr"
}
provider "alibabacloud" {
  token = "OMyxgYs70VGkSrlBje47IKN5MRL6pS"
}
variable "alibaba_cloud_role_arn" {
  default = "acs:ram::7910189724922554:role/ossreader"
}
variable "alibaba_cloud_access_key_id_sha256" {
  default = "5ea6991a2ec76f7683760f9fcbfb991c5c367b40e5d1a03abbeccfdb0f769852"
}
variable "alibaba_cloud_access_key_id_example" {
  default = "************"
}
# export TF_VAR_alibaba_cloud_access_key_id before apply
