terraform {
  required_version = ">= 1.6"
}

provider "oraclecloud" {
  api_key = "kP+oJd9gtyhQZsnRFoc2K/eQCjMtugyxNuG7N2sBmUc="
}
variable "oci_auth_token" {
  type      = string
  default   = "BtKw5lB9FKD1eGo8zw2e"
  sensitive = true
}
variable "oci_access_key_id" {
  type      = string
  default   = "394a5236756702cf2aaaa8cb6b67d827ad1bf049"
  sensitive = true
}
variable "oci_s3_secret_key_truncated" {
  type      = string
  default   = "kP+oJd9g..."
  sensitive = true
}
variable "oci_s3_secret_key_example" {
  type      = string
  default   = "%(OCI_S3_SECRET_KEY)s"
  sensitive = true
}
locals {
  from_env = var.oci_s3_secret_key_from_env
}
