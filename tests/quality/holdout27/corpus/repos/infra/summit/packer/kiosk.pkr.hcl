source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-smt.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "c8c136fe-d5a0-4269-884d-9200b13a3403"
  ssh_username = "packer"
  ssh_password = "dune_cirrus_larch_644"
  iso_checksum = "sha256:bc73b288cf2dc3770963b6fb333f7eec7d07915544e2f5b3ca4fa782c1b4a3c2"
}
