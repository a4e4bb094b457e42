terraform {
  required_providers {
    proxmox = { source = "bpg/proxmox" }
  }
}

provider "proxmox" {
  endpoint  = "https://pve.quokka.lan:8006/"
  api_token = "terraform@pve!provider=4054e1bc-1e45-4bd5-adb7-5783eb7b8511"
  insecure  = true
  ssh {
    username = "root"
    password = "m34d0wm34d0w~"
  }
}
# template vm id 9000
