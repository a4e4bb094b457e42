provider "azurerm" {
  features {}
  subscription_id = "1008da1c-c72d-49bc-8daa-cf3112ac10b0"
  tenant_id       = "59a61b30-e8ed-40c4-b420-8f2c145a6f75"
  client_id       = "d7c22cc8-47b6-4d12-9fc5-b5b1c1fef3f6"
  client_secret   = "NDF8Q~RcLn008OmziKl-bSVgVjXubT0NNsTKMv38"
}

resource "azurerm_postgresql_flexible_server" "route_cbx" {
  name                   = "pg-route-cbx"
  administrator_login    = "pgadmin"
  administrator_password = "Ferry2021#"
  sku_name               = "B_Standard_B1ms"
}

resource "azurerm_storage_account" "yard_cbx" {
  name = "khyardcbx"
}

variable "vpn_psk" {
  default = "YyrZqb8Q9HDdum4rYJLV3ZtOPd2E7DlV"
}
variable "admin_password" {
  default = var.admin_password_from_keyvault
}
