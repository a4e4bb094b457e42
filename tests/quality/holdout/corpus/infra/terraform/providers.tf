terraform {
  required_providers {
    cloudflare   = { source = "cloudflare/cloudflare", version = "~> 4.40" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
    datadog      = { source = "DataDog/datadog" }
  }
}

provider "cloudflare" {
  api_token = "zSEZwratwyBF-1hCboVnTRRGWgkwTLN5WJbVjURH"
}

provider "digitalocean" {
  token = "dop_v1_1a4e7224bf7e3241b255e082197a220ad5b07c52f3575d2aa8a3cc29db0c7ed5"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

provider "github" {
  owner = "acme"
  token = "ghp_kcgkvVOOL2Ub2Y7TJnB0fwylriHvgZM2ccZs"
}

provider "alicloud" {
  access_key = "LTAI5t7yVsXkSLyl4QzHZNkf"
  secret_key = "ATminH26PNmR28e69gECoucGn5aGEH"
  region     = "cn-hangzhou"
}
