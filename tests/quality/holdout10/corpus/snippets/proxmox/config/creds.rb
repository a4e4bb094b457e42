Creds = Struct.new(:name, :value)
CREDS = [
  Creds.new("proxmox_api_token", "PVEAPIToken=root@pam!ci=96ce5cd6-ca4c-4ce7-ae0e-ea40e51273f6"),
  Creds.new("proxmox_token_id", "root@pam!ci"),
  Creds.new("proxmox_node", "pve5"),
  Creds.new("proxmox_api_token_from_env", "${PROXMOX_API_TOKEN}"),
]
