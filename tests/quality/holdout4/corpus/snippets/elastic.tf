
provider "elastic" {
  elastic_api_key = "bXVYWXhKRXBkcWx6RGNfWEJ5bG46NXpKRG96YTNLVnc2emtXYXRlSEhOcw=="
}
variable "elastic_password" {
  default = "59qSdiAPOPNcCN6AphYPWaFw"
}
locals { elastic_cloud_id = "acme:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbyQ0YThhNGNmY2VmMWExYTAyNWRiNTdlZWM1MGE3YzdmNiQxZmI4YjAzYTU1ZWJhZDkyMDUzNDVkOWZmMzQ2YWJjNA==" }
locals { elastic_username = "elastic" }
# elastic_api_key = var.elastic_api_key
