
provider "recurly" {
  recurly_api_key = "de3ffac538071b5f9ef8411781965ee6"
}
locals { recurly_public_key = "ewr1-EFfNegw0s0UG306wexBNS8" }
locals { recurly_subdomain = "acme" }
# recurly_api_key = var.recurly_api_key
