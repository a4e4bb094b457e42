
variable "zapier_webhook_url" {
  default = "https://hooks.zapier.com/hooks/catch/3236272/ojy0go6/"
}
  zapier_webhook_url = var.zapier_webhook_url
variable "zapier_webhook_url" {
  default = "changeme"
}
