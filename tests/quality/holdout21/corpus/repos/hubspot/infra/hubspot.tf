variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-5b5d678c-2962-46b0-9b27-92533241c950"
}

locals {
  hubspot_app_id = "2672460"
}
