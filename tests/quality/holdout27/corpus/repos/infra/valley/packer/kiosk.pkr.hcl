source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-vly.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "1621a511-e93f-439f-96b4-74d999657ff8"
  ssh_username = "packer"
  ssh_password = "fjord_copper_saddle_690"
  iso_checksum = "sha256:7828501021ff4faff3ff7d04d4d61ba1dbe091b393926cb689e14cb272bb918e"
}
