variable "smartsheet_access_token" {
  type    = string
  default = "ZAoF3yYMTOBmqS2UPIf9mPsLFj5LYGGMT1fSd"
}
variable "smartsheet_sheet_id" {
  type    = string
  default = "2157296763354186"
}
variable "smartsheet_access_token_sha256" {
  type    = string
  default = "d3a944135c8065951a8531ffbee0e7ef2994d1a57e8f3a6e8caaffca521d4e97"
}
variable "smartsheet_access_token_example" {
  type    = string
  default = "************"
}
locals { from_env = env("SMARTSHEET_ACCESS_TOKEN") }
