# Calder Ford Depot DR environment
location            = "uksouth"
resource_group      = "rg-kvw-cfd-dr"
sql_admin_login     = "kvwsqladmin"
sql_admin_password  = "Af4bd3vHFHHD"
vm_admin_password   = "gebujoza38Te"
subscription_id     = "2148d543-f85c-453e-96e9-7cd82be5fa8e"
tenant_id           = "3ab05f1b-0a3f-442e-8afc-e57652e2e33f"
arm_client_secret   = "bzj8Q~9YPxxB2plTmdYlj6ihiEiUJLK5ibNvhG3O"
datadog_api_key     = "7b5594ed95afa3af19ef7744b21a8182"
# ssh public key, fine to commit
admin_ssh_key       = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIfVOtLE2263U7fWlBHSg6wacqWxAmyZVg65m1TFnJf8U ops@kvw"
