# Lynbrook WwTW DR environment
location            = "uksouth"
resource_group      = "rg-kvw-lyn-dr"
sql_admin_login     = "kvwsqladmin"
sql_admin_password  = "wWUIY6-.oLXDs^OBb9TiXju("
vm_admin_password   = "lantern-valve-willow-pepper"
subscription_id     = "d2613030-8e93-41f5-8f30-9e7117a1f8f4"
tenant_id           = "a4b2f246-bef2-4572-b1ff-6ba3a05399f3"
arm_client_secret   = "Y888Q~CdfD-Oeo1SFBzPg7gWSz3l5CNIi1ezbi4b"
datadog_api_key     = "a80f7c0b1f69979cb4a0f654bd2fce74"
# ssh public key, fine to commit
admin_ssh_key       = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIrveYFei0vjUAv0XlD6z--_iqPQpgUKbl46Ot1HGNdNP ops@kvw"
