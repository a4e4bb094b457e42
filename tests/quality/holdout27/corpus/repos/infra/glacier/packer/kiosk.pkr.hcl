source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-glc.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "cd688da2-2ef1-405d-929b-7881c18cb350"
  ssh_username = "packer"
  ssh_password = "glacier_cirrus_dune_417"
  iso_checksum = "sha256:abf4a85209222af03adee45eac7a2fb49849067f9299de3fa08523ef424d4a95"
}
