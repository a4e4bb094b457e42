terraform {
  required_version = ">= 1.6"
}

provider "cloudflare" {
  api_key = "ES24SUcYTf-qHI6AJfbvh7gKhHrZ4BE_Swab-18d"
}
variable "auth" {
  type    = string
  default = "bb306ca00e1ce89bcc7f9a3569523f3231c86"
}
locals {
  cloudflare_zone_id = "6a6844c8c7c27459767eecc7cd9f7936"
}
locals {
  cloudflare_api_token_masked = "LtBQBA************j9xo"
}
locals {
  cloudflare_api_token_example = "********"
}
variable "cloudflare_api_token" {
  sensitive = true
}
