terraform {
  required_version = ">= 1.5"
}

provider "pypi" {
  api_key = "pypi-AgEIcHlwaS5vcmcqNw10vdh6hvH2QG2lkzzat6JhANiF5C7yJqi3rw5qN5LwbBpf2xHzYCQoLzHlAjdHwMBwl"
}
variable "pypi_token" {
  default = "pypi-AgEIcHlwaS5vcmcDYP565y6ysuP07itd-lbzBj0gJa2Lim1ok7JJFiWflYUs3dE4aJ-sqA8LuHtxcj5AGWjo9"
}
# example = "2572c287af4bdb8422d64d882a1615ed9fd32db62079a4525b40f5c6f4a983e3"
# example = "pypi-A********************"
# example = "{{ PYPI_TOKEN }}"
locals { key_ref = var.pypi_token }
