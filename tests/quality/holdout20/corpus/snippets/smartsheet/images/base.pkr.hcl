variable "smartsheet_access_token" {
  type    = string
  default = "DwFvWyYZViHLMjA4i2s1emi4FEIckl0fAiVy7"
}
variable "smartsheet_sheet_id" {
  type    = string
  default = "2066859536991893"
}
variable "smartsheet_access_token_sha256" {
  type    = string
  default = "d25b056bb1bbf2fe9f5b5aced490deb93f4ab83fe2792083aa996c7d690aad94"
}
variable "smartsheet_access_token_example" {
  type    = string
  default = "************"
}
locals { from_env = env("SMARTSHEET_ACCESS_TOKEN") }
