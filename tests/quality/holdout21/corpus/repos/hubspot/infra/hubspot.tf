variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-84e337d9-6d75-4f78-9b71-075a5b2781b6"
}

locals {
  hubspot_app_id = "2143083"
}
