terraform {
  required_version = ">= 1.6"
}

variable "jenkins_api_token" {
  default = "11b628e96dd093a304e27eb9fff325122b"
}
variable "jenkins_build_number" {
  default = "6719"
}
variable "jenkins_api_token_sha256" {
  default = "6aa7fc8b69701624c43b2ce0d12d8082950092d956aca2e73592e13511d48580"
}
variable "jenkins_api_token_example" {
  default = "%JENKINS_API_TOKEN%"
}
locals {
  from_var = var.jenkins_api_token
}
