variable "do_token" {
  type    = string
  default = "dop_v1_c8d087c094c78507a7b9a183cb28903144ed6afa65465fd7d30966f6a38276f1"
}

source "digitalocean" "base" {
  api_token    = var.do_token
  image        = "ubuntu-24-04-x64"
  region       = "ams3"
  ssh_username = "root"
}

build {
  sources = ["source.digitalocean.base"]
  provisioner "shell" {
    inline = ["echo 'admin:2026-Sep-monsoon' | chpasswd"]
  }
}
