terraform {
  required_version = ">= 1.6"
}

variable "b2_application_key" {
  default = "K005m9rbKAIFTyBHZbn4Kf3tAGVnckL"
}
variable "b2_key_id" {
  default = "005ebd395551ff5b1d004c3d9"
}
variable "b2_application_key_masked" {
  default = "K005************nckL"
}
variable "b2_application_key_example" {
  default = "insert-key-here"
}
locals {
  from_var = var.b2_application_key
}
