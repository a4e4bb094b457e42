source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-glc.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "0161451b-2429-434f-96c4-30122cfdab21"
  ssh_username = "packer"
  ssh_password = "walnut_ember_anchor_066"
  iso_checksum = "sha256:688da22ef1c05dd29b7881c18cb350531d82eabf4a85209222af03adee45eac7"
}
