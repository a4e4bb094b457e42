variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-5f2c0f2d-dc02-40e6-8591-9bab1c74b938"
}
