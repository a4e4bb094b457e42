provider "vsphere" {
  user                 = "terraform@vsphere.local"
  password             = "Biscuit2025$"
  vsphere_server       = "vc.tar.wca.internal"
  allow_unverified_ssl = true
}

provider "azurerm" {
  features {}
  subscription_id = "bf5f3e8d-a484-4c3b-9f91-35d2cf641d93"
  client_id       = "13f3bc74-182b-4dfa-bf50-322455a46fd0"
  client_secret   = "zpH8Q~XcgTEiuuihkTwvqv_mohkf9iiIMHhg98zy"
  tenant_id       = "61dbd0be-9ef6-4e16-8938-1bcec819e6f8"
}

resource "azurerm_postgresql_flexible_server" "parking" {
  name                   = "psql-parking-tar"
  administrator_login    = "pgadmin"
  administrator_password = "DSyL2cb6rvFGDXzG28"
}

resource "azurerm_mssql_server" "aodb_dr" {
  administrator_login_password = var.aodb_dr_password
}
