region              = "eu-central-1"
instance_type       = "t3.large"
cloudflare_zone_id  = "1c55ea7dc9762cbfdaab633cdd61d04f"
fastly_api_key      = "YevCoCohFQ7lhcTiQVSde2IdEQ9j6vew"
datadog_app_key     = "8bca487a2aad0b36f9c526bd0ae99533718cf020"
aws_account_id      = "464488463080"
okta_org            = "quarry"
okta_token          = "00saxDyTf4uOwlpw4ytoHQnDi1CxslcUUhcecDRxDj"
tags = {
  owner = "platform"
}
