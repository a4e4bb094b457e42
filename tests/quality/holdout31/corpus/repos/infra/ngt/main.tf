provider "azurerm" {
  features {}
  subscription_id = "5d4a0399-0626-4e55-9549-0183be34f98d"
  tenant_id       = "ab8b8f10-45f3-41e5-94ba-e1751fc009a3"
  client_id       = "3bc08f59-43c6-4233-9156-41db10148426"
  client_secret   = "otH8Q~evOwp0u6-HxDUbsaXFxl3K7JbSDSo_pBFW"
}

resource "azurerm_postgresql_flexible_server" "route_ngt" {
  name                   = "pg-route-ngt"
  administrator_login    = "pgadmin"
  administrator_password = "1e8xF9gYW5lbJ7fBPFc029hA"
  sku_name               = "B_Standard_B1ms"
}

resource "azurerm_storage_account" "yard_ngt" {
  name = "khyardngt"
}

variable "vpn_psk" {
  default = "tmegJVLvxNDft36jGw7RaPXAQCO8yNLQ"
}
variable "admin_password" {
  default = var.admin_password_from_keyvault
}
