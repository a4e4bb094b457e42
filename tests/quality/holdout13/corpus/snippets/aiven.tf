terraform {
  required_version = ">= 1.5"
}

provider "aiven" {
  api_key = "h76bsmw4ur2pdkipbz1ltjnotpipof2i"
}
variable "aiven_api_key" {
  default = "ui5xoiuz6vu509wxi6kvz8em9iwxz9p0"
}
# example = "0nro2ekz3zro"
# example = "ajiqca********************"
# example = "{{ AIVEN_API_KEY }}"
locals { key_ref = var.aiven_api_key }
