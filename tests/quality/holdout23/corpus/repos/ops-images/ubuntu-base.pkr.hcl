variable "do_token" {
  type    = string
  default = "dop_v1_43c04ca03f58d49d80f6e4101da194046875d3cb189cd34a8df147626f17dc11"
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
    inline = ["echo 'admin:2020-Nov-basalt' | chpasswd"]
  }
}
