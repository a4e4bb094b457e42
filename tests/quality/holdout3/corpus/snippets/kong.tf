
provider "kong" {
  konnect_token = "kpat_iSNMkj2oivVCixmgszDM7I8qMp98sRElqHTJryyLXbIdSDXtV"
}
variable "konnect_token_spat" {
  default = "spat_TBOZBSZ7Tr6mP5Zwl4KrSqXYfnRPZxdZUDFfJlTDtrQI1fqWS"
}
  konnect_token = var.konnect_token
provider "kong" {
  konnect_token = "your-KONG-api-key"
}
