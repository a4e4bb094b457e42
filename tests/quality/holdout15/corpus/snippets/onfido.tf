terraform {
  required_version = ">= 1.6"
}

variable "auth" {
  type    = string
  default = "api_live.VtBQsy5T6Mk.Z1ST8A7d-EFqx8pZovg_FQ6QaQNpQzA7"
}
provider "onfido" {
  api_key = "api_sandbox.ocRN97vXRoK.Y5JmxCeWK61_cgZ9NXdBMzPiTDiNv7_C"
}
locals {
  onfido_applicant_id = "e6597ae2-1d67-4c93-84be-b73df1730e21"
}
locals {
  onfido_api_token_masked = "api_li************IxL8"
}
locals {
  onfido_api_token_example = "dummy-onfido_api_token-for-tests"
}
variable "onfido_api_token" {
  sensitive = true
}
