provider "null" {}

variable "google_api_key" {
  default = "AIzaaX1p0-JiDKNNnoTyCfAx7hN-aUVWu2eoqNa"
}
locals {
  google_key = "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"
}
variable "google_oauth_client_id" {
  default = "248959112994-iwsd5jl6i3l7n2fm5zrbfhzq71d1f122.apps.googleusercontent.com"
}
variable "google_project_id" {
  default = "tidal-arc-381947"
}
variable "google_api_key_sha256" {
  default = "c1e7ab88c4b885edfb63504035846717ba86846bcc2752fbd515363be591befa"
}
variable "google_api_key_example" {
  default = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
output "x" { value = var.google_api_key_ref }
