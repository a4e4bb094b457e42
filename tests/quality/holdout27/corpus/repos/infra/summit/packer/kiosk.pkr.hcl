source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-smt.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "75854598-3439-41ee-b2ac-267adc5c20af"
  ssh_username = "packer"
  ssh_password = "juniper_cobble_birch_868"
  iso_checksum = "sha256:75d4feb4b51fc749ac8c136fed5a06269a84d9200b13a34033d14c89bc73b288"
}
