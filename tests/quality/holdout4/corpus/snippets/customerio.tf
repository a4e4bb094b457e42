
provider "customerio" {
  customerio_api_key = "a320af4d3829683d8b42"
}
variable "customerio_app_api_key" {
  default = "28ccf50aba00515c7c8cf057c9fe1f36"
}
locals { customerio_site_id = "4f257bd4e479cc964582" }
locals { customerio_region = "eu" }
# customerio_api_key = var.customerio_api_key
