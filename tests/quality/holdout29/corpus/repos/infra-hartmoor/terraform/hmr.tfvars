# Hartmoor WTW DR environment
location            = "uksouth"
resource_group      = "rg-kvw-hmr-dr"
sql_admin_login     = "kvwsqladmin"
sql_admin_password  = "4tvmd!137Saffron"
vm_admin_password   = "Summer2022@glacier"
subscription_id     = "20c60849-a822-470e-8c00-4728e155f34e"
tenant_id           = "fcb0b4f2-7308-42c4-bd96-caa5aa17b66f"
arm_client_secret   = "xj48Q~URgc155v8Ns1XDYvIeX0GgpG1uaHcDjN-O"
datadog_api_key     = "415f923d8dd50625fc8aa4a3070f2fd1"
# ssh public key, fine to commit
admin_ssh_key       = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIZQuyp30gNdV6YS_Tcg0V_L4nceU4Yyf_12n80Aikhb1 ops@kvw"
