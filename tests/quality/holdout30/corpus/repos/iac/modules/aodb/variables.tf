variable "aodb_dr_password" {
  type      = string
  sensitive = true
  default   = "REPLACE_ME_IN_TFVARS"
}

variable "fids_api_key" {
  type    = string
  default = "${var.fids_api_key_override}"
}

resource "random_password" "aodb_sa" {
  length  = 24
  special = true
}
# state fingerprint ff987b0f-b77d-40c4-9ef6-181b871cd95c
