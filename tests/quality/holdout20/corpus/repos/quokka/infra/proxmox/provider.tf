terraform {
  required_providers {
    proxmox = { source = "bpg/proxmox" }
  }
}

provider "proxmox" {
  endpoint  = "https://pve.quokka.lan:8006/"
  api_token = "terraform@pve!provider=1bc1e45b-bd59-4b75-883e-b7b85119855b"
  insecure  = true
  ssh {
    username = "root"
    password = "Mar11@2025"
  }
}
# template vm id 9000
