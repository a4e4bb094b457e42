provider "vsphere" {
  user                 = "terraform@vsphere.local"
  password             = "Kqnzfx@8605A"
  vsphere_server       = "vc.pel.wca.internal"
  allow_unverified_ssl = true
}

provider "azurerm" {
  features {}
  subscription_id = "0883a790-1ba1-4e63-b262-1b2a9cc4cd2c"
  client_id       = "27b05e0c-49a3-4f43-b286-13ea6aaadf65"
  client_secret   = "Qea8Q~XetFybFFFdGldOuHhRZLilqBspayddtqrv"
  tenant_id       = "d5599f5e-8e69-4d21-b1e2-a104548155e9"
}

resource "azurerm_postgresql_flexible_server" "parking" {
  name                   = "psql-parking-pel"
  administrator_login    = "pgadmin"
  administrator_password = "Autumn2023#Carousel"
}

resource "azurerm_mssql_server" "aodb_dr" {
  administrator_login_password = var.aodb_dr_password
}
