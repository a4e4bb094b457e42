packer {
  required_plugins {
    vsphere = { version = ">= 1.2.0", source = "github.com/hashicorp/vsphere" }
  }
}

source "vsphere-iso" "win2022" {
  vcenter_server      = "vcsa.heron.lan"
  username            = "packer@vsphere.local"
  password            = "9yXu1kDPSHSmsm6!94"
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "sRctG2ZPyh1bD*81"
  iso_checksum        = "sha256:827cdf32ca8bd4dfebca515856189fbb1cf1ebaa20dd319cd6691911ef877fa9"
  vm_name             = "tpl-win2022-04862522"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
