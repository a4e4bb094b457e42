provider "cloudflare" {
  api_token = "Cl5FOeHJa3nFvPLDK6A9wWWSSwE_lYfyV-n7sLSC"
}
provider "datadog" {
  api_key = "fe53079667f7f3c5158568715742a45a"
  app_key = var.datadog_app_key
}
provider "tfe" {
  token = "NDoX4Zx0XojqUx.atlasv1.fQFl2SZ-BTBU672CYigMzZjiTIA8TCH851p0U94yEYcPO4ymBDnepKLDEmlBiYcBJkY"
}
provider "fastly" {
  api_key = "QavNOZu_OCO2N-hmguZ9P9VczppCAciV"
}
provider "pagerduty" {
  token = "u+t7YFa-O20bFTmN4ma7"
}
provider "okta" {
  org_name  = "acme"
  api_token = "00HMUv1q1PUMSgCFv7638t6jDskxO3WsTcztF0Pkdo"
}
provider "mongodbatlas" {
  public_key  = "eu1133vl"
  private_key = "fae94928-04e8-4577-9dbb-f81f1d6b4895"
}
