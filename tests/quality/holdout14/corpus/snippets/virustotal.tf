terraform {
  required_version = ">= 1.5"
}

locals {
  headers = { Authorization = "Bearer d63fb0abea5e6e557201f14aa5d22b2e1bc772ca1897b0f75956085114a75575" }
}
# docs sample for virustotal: 2c83f97dde716294d7c3d83dd59af4e59ffa55a5f82abad8e252fb96df201168
# key shown in dashboard: 845570************0554
variable "vt_api_key" {
  default = "{{ vt }}"
}
variable "vt_env" {
  sensitive = true
}
