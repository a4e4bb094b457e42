terraform {
  required_version = ">= 1.6"
}

variable "konnect_token" {
  type      = string
  default   = "kpat_9S2Bse7UdTIH0Xy56mzbdOeGBEXJFGCcm2FuMt8LMJumF"
  sensitive = true
}
provider "kong" {
  api_key = "spat_N6sSJ0RnJvxPqqC3nc41ekXvo3ruFuTdCv5OtfDdJPo9i"
}
variable "konnect_control_plane_id" {
  type      = string
  default   = "49df4bab-38fd-41d8-9c7a-ef0493ef71c2"
  sensitive = true
}
variable "konnect_token_sha256" {
  type      = string
  default   = "70c6ae19f30ac5d83a15643de0f62f3bdd5fac83b3746379aac7a368d98e8c19"
  sensitive = true
}
variable "konnect_token_example" {
  type      = string
  default   = "{{ KONNECT_TOKEN }}"
  sensitive = true
}
locals {
  from_env = var.konnect_token_from_env
}
