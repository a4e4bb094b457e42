variable "alibaba_cloud_access_key_id" {
  default = "LTAI5tgPS6TzfhJHTTcTo0p6"
}
provider "alibabacloud" {
  token = "oyudzaoMEvn442tTawplsoQcCwTF1B"
}
variable "alibaba_cloud_role_arn" {
  default = "acs:ram::8865758089457888:role/ossreader"
}
variable "alibaba_cloud_access_key_id_sha256" {
  default = "a84ed9ff2b55d3d38fd0d4e1009b640344149126531ab64f8f9d7da6604fb4f1"
}
variable "alibaba_cloud_access_key_id_example" {
  default = "************"
}
# export TF_VAR_alibaba_cloud_access_key_id before apply
