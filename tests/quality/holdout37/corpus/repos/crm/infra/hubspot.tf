variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-eu1-56191cdb-9e1d-45e0-8ab9-275f7366dd90"
}

variable "hubspot_portal_id" {
  default = "40825425"
}
