variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "pat-na3-740bc5c8-87f6-4471-8b93-2d7b6ef789b2"
}
