terraform {
  required_version = ">= 1.6"
}

variable "b2_application_key" {
  default = "K005tn0m9rbKAIFTyBHZbn4Kf3tAGVn"
}
variable "b2_key_id" {
  default = "005e5ebd395551ff5b1d004c3"
}
variable "b2_application_key_masked" {
  default = "K005************AGVn"
}
variable "b2_application_key_example" {
  default = "insert-key-here"
}
locals {
  from_var = var.b2_application_key
}
