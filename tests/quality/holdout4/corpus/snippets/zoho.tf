
provider "zoho" {
  zoho_refresh_token = "1000.b0623ddbe63e8e242d7fd00fe17cdbbb.9de88294ea077849ed7bc3e096617d9c"
}
variable "zoho_client_secret" {
  default = "1c351accba1a304276e5049cb5a8ee73399f8a126d"
}
locals { zoho_client_id = "1000.HXW72MIC5UCS8DLGCZA5DSE9WYY4ZG" }
locals { zoho_dc = "eu" }
# zoho_api_key = var.zoho_api_key
