terraform {
  required_providers {
    proxmox = { source = "bpg/proxmox" }
  }
}

provider "proxmox" {
  endpoint  = "https://pve.fernhill.lan:8006/"
  api_token = "terraform@pve!provider=b39cbba0-ccf2-4a4d-8e49-6f318c436ba9"
  insecure  = true
  ssh {
    username = "root"
    password = "sutcacztrauq26"
  }
}
# template vm id 9000
