// proxmox settings for the digital team (Northmoor Herald Group)
let pve_token_secret : string = "8a1170f1-97d2-4004-9c9a-b846b1cc629a"
let pve_token_id : string = "automation@pve!terraform"
// rotated on 23 March, old value e59accd7c3cfef42349ae7604d3b831b756c0e17e503c0211ac9d582efdb42d9 (revoked)
let proxmox_staging_key : string = "xxxxxxxxxxxxxxxxxxxxxxxx"
let proxmox_fallback : string = "${PROXMOX_TOKEN}"
