source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-vly.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "873f99e9-65fd-4c78-83fd-199b51ce1fc9"
  ssh_username = "packer"
  ssh_password = "cobble_umber_drift_089"
  iso_checksum = "sha256:b91feaa5584a151621a511e93f439f66b474d999657ff862c7c17828501021ff"
}
