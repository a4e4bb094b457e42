provider "azurerm" {
  features {}
  subscription_id = "11b232b0-46d2-45d1-9472-1436278a2873"
  tenant_id       = "cc52c4f1-a7f7-4f06-a25e-026119a8358a"
  client_id       = "09994699-0134-4b0f-9657-eb4bbbe85161"
  client_secret   = "Uqw8Q~bpHCzb64b2CBSXMot15U-5XPwHBGk76J9i"
}

resource "azurerm_postgresql_flexible_server" "route_rim" {
  name                   = "pg-route-rim"
  administrator_login    = "pgadmin"
  administrator_password = "ZDNloJ_F@ZEi7F#4#YMHO~"
  sku_name               = "B_Standard_B1ms"
}

resource "azurerm_storage_account" "yard_rim" {
  name = "khyardrim"
}

variable "vpn_psk" {
  default = "zVxwdMY2MF4btdP7x0BmaNJu6CfZSnx1"
}
variable "admin_password" {
  default = var.admin_password_from_keyvault
}
