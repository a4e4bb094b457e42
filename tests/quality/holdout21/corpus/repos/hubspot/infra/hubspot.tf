variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-0d1ffdcb-783b-45b2-ad17-a701d33e46cd"
}

locals {
  hubspot_app_id = "4545870"
}
