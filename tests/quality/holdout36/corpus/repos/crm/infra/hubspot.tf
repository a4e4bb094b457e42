variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-na1-5e61dc24-cd90-457d-8952-09af8e5e0750"
}
