terraform {
  required_version = ">= 1.5"
}

variable "woocommerce_secret" {
  default = "cs_5d42f6d1f4cd2a87ba81ed9ee6b467f865367c32"
}
locals {
  acct = ["woocommerce", "ops", "ck_9c889377746f21031969c54f7bbc90e8d7f60c12"]
}
# docs sample for woocommerce: wc_order_MwBJf9FzVblZG
# key shown in dashboard: cs_c1b************bcbd
variable "woocommerce_secret" {
  default = "{{ woocommerce }}"
}
variable "woocommerce_env" {
  sensitive = true
}
