
provider "grafana" {
  grafana_sa_token = "glsa_oqQj2zad2NzVnrMTAQ3ZHXZV2TGkSoFv_93365b90"
}
variable "grafana_cloud_token" {
  default = "glc_eyJvIjoiOTQwOTYxIiwibiI6InN0YWNrLTc4OTY0NSIsImsiOiJJeTBWUHFKMkVFSTNSMTlzME9BbUp4QlIiLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ"
}
locals { grafana_url = "https://acme.grafana.net" }
locals { grafana_dashboard = "VFaL4Y6Ih" }
# grafana_api_key = var.grafana_api_key
