terraform {
  required_version = ">= 1.5"
}

provider "razorpay" {
  api_key = "YFincGpTDxWnTT1TaVPIwDLv"
}
variable "razorpay_key_secret" {
  default = "LQATCkBxzpC6YGOC5M5Ku3p7"
}
# example = "rzp_live_H46diAxDFKg438"
# example = "2quZYy********************"
# example = "{{ RAZORPAY_KEY_SECRET }}"
locals { key_ref = var.razorpay_key_secret }
