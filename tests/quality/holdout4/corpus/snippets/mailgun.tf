
provider "mailgun" {
  mailgun_api_key = "138334f469d591893941b236aa907462-c47f0b30-624e0f80"
}
variable "mailgun_key" {
  default = "key-017dbec3be04ce4431e7dc084b5a350b"
}
locals { mailgun_domain = "mg.acme-mail.example" }
locals { mailgun_public_key = "pubkey-2ebe51ed7466b3e946ce96c6f1dc2285" }
# mailgun_api_key = var.mailgun_api_key
