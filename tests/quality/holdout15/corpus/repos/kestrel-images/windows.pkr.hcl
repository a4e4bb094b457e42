packer {
  required_plugins {
    vsphere = { version = ">= 1.2.0", source = "github.com/hashicorp/vsphere" }
  }
}

source "vsphere-iso" "win2022" {
  vcenter_server      = "vcsa.kestrel.lan"
  username            = "packer@vsphere.local"
  password            = "L7rYiew4ghIns8l*21"
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "GBjj2zTof8XWQ-50"
  iso_checksum        = "sha256:024a434fae7daaac53a0604647cde0aec41d78235117e4d7fc77b1b8b5bb0569"
  vm_name             = "tpl-win2022-70813693"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
