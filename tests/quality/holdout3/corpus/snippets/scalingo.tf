
provider "scalingo" {
  scalingo_api_token = "tk-us-7J5XVYD-eJhO1X8b9CO6nv8_oNvqYCVeM-vbY6i4XkskhTBe"
}
  scalingo_api_token = var.scalingo_api_token
provider "scalingo" {
  scalingo_api_token = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
