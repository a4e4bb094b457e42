terraform {
  required_providers {
    proxmox = { source = "bpg/proxmox" }
  }
}

provider "proxmox" {
  endpoint  = "https://pve.fernhill.lan:8006/"
  api_token = "terraform@pve!provider=bba0ccf2-6a4d-4e49-8f31-8c436ba93444"
  insecure  = true
  ssh {
    username = "root"
    password = "Ingrid_cactus_1988"
  }
}
# template vm id 9000
