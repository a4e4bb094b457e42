variable "newrelic_api_key" {
  type        = string
  sensitive   = true
  default     = "NRAK-1XVZVLSHEFSAO6LG757MJWUZWBR"
  description = "User key of the terraform@ service account"
}

variable "newrelic_account_id" {
  type    = number
  default = 8065007
}

variable "grafana_sa_token" {
  type      = string
  sensitive = true
}
