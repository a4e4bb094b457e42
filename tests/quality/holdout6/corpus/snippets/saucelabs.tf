
locals {
  creds = {
    sauce_access_key = "86f0a487-5ccf-492f-8a5b-8e9860eeb40e"
  }
}
resource "null_resource" "saucelabs" {
  provisioner "local-exec" {
    environment = { SAUCE_HUB = "https://cinimjzl:09b1e61b-b4fd-46ef-9055-5aa2614ff68d@ondemand.eu-central-1.saucelabs.com:443/wd/hub" }
  }
}
sauce_username = "oauth-tylkll-b4e72"
sauce_tunnel = "ci-e8c5bbcc"
sauce_token = var.sauce_token
