variable "smartsheet_access_token" {
  type    = string
  default = "Zl4vNZazhbewSZoX7mXfO9ru9SvFj19046ccY"
}
variable "smartsheet_sheet_id" {
  type    = string
  default = "4165909633798108"
}
variable "smartsheet_access_token_sha256" {
  type    = string
  default = "355102c9104525df0509077bf1fe128f572b0663440794db09d950bb17a0bf99"
}
variable "smartsheet_access_token_example" {
  type    = string
  default = "************"
}
locals { from_env = env("SMARTSHEET_ACCESS_TOKEN") }
