terraform {
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
    datadog    = { source = "DataDog/datadog" }
    github     = { source = "integrations/github" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIAD6AHWYCRN4O3UB25"
  secret_key = "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"
}

provider "cloudflare" {
  api_token = "qK0lTaGesaHK1i6d3kRdaaDZnrFcKfFsTzty2BUr"
}

provider "datadog" {
  api_key = "324a5f2b5b79130822a5f8c0b7cacad1"
  app_key = "c70a9413d531271d60d9cd8b7090abe93209cec0"
  api_url = "https://api.datadoghq.eu/"
}

provider "github" {
  owner = "tallyhub"
  token = "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"
}

resource "cloudflare_record" "app" {
  zone_id = var.cloudflare_zone_id
  name    = "app"
  type    = "CNAME"
  value   = "tallyhub-prod.eu.auth0.com"
}
