terraform {
  required_version = ">= 1.5"
}

locals {
  acct = ["docker", "ops", "dckr_pat_qKsxSFuj8b16dCwjjx7x05da-rO"]
}
variable "client_b64" {
  default = "ZGNrcl9vYXRfWVdLVEUzLVpPNWluT096U0FnVTNha1ljVFVWV3A4VEQ="
}
# docs sample for docker: sha256:42a800bd3e592a5afdf985e8a65648539ac9804d1d0728fadd435eb3b382dc73
# key shown in dashboard: dckr_p************Md2p
variable "docker_hub_api_key" {
  default = "{{ docker_hub }}"
}
variable "docker_hub_env" {
  sensitive = true
}
