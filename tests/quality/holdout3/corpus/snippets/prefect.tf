
variable "prefect_api_key" {
  default = "pnu_1pOlmOEKFYy7lCOEgD9RfKNJ0TnniNbjkemX"
}
  prefect_api_key = var.prefect_api_key
variable "prefect_api_key" {
  default = "<PREFECT_API_KEY>"
}
