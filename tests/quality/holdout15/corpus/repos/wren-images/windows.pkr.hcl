packer {
  required_plugins {
    vsphere = { version = ">= 1.2.0", source = "github.com/hashicorp/vsphere" }
  }
}

source "vsphere-iso" "win2022" {
  vcenter_server      = "vcsa.wren.lan"
  username            = "packer@vsphere.local"
  password            = "xrXytcfZ72Xyv0L_29"
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "oY6d05UNNXvaK!48"
  iso_checksum        = "sha256:fbac609df39d0a79e0107ca253cf738af543d0e166799aa1a2f331149d00e7c1"
  vm_name             = "tpl-win2022-97550688"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
