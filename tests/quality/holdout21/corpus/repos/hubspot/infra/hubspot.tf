variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-2762d25e-cd16-420b-b269-bc9dc9afc091"
}

locals {
  hubspot_app_id = "3339885"
}
