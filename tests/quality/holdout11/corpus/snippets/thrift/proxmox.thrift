// proxmox credentials (fake values)
const string PROXMOX_TOKEN_SECRET = "8137b745-6bc8-4f71-9114-7a87b0f1d13e"
const map<string,string> HEADERS = {"X-Api-Key": "bbe25304-344c-46df-8949-7a4e531d3f8e"}
const string PROXMOX_TOKEN_ID = "terraform@pve!provider"
const string PROXMOX_TOKEN_SECRET_EXAMPLE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
const string PROXMOX_TOKEN_SECRET_FROM_ENV = "${PROXMOX_TOKEN_SECRET}"
