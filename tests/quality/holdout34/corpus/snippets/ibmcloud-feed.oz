% ibmcloud for the Alpenbahn resort: Mozart/Oz (lift ops tooling)
ibmcloud_api_key = "21blaOZpotw5MmNHK1avKroaHxCBbjczEvCzL-O-TXbp"
% rotated 2025-11-02, old value ae8088f72000f2dd18c409944a20445189695b56d6d8ea6475dab1304e4c5e62 (revoked)
% staging: fill in from the vault
staging_ibmcloud_api_key = "************"
from_env = "${IBMCLOUD_API_KEY}"
