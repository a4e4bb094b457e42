
provider "auth0" {
  auth0_client_secret = "Y1jOHLggk3ydsH5vrp3mCs9uKdwHpvprtlutCmqmR1ow1dUI7_HhrbIPvSdS7Dap"
}
locals { auth0_client_id = "M7xqgqduI9jajWi1BSRAJKjZDGkmq5Ca" }
locals { auth0_domain = "acme.eu.auth0.com" }
# auth0_api_key = var.auth0_api_key
