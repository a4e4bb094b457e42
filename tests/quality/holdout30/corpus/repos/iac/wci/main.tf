provider "vsphere" {
  user                 = "terraform@vsphere.local"
  password             = "SaltmarshCargo957"
  vsphere_server       = "vc.wci.wca.internal"
  allow_unverified_ssl = true
}

provider "azurerm" {
  features {}
  subscription_id = "d6d4aeb1-d65c-4e2e-9912-3729a26e8ab9"
  client_id       = "dfc74327-6929-474b-a525-3661b9a9e25d"
  client_secret   = "S1t8Q~YWLNihHWEmMWJ8iYUI3RMj5Vvfb0IrmL4b"
  tenant_id       = "cf605878-d163-4659-a2ed-ada24bc24594"
}

resource "azurerm_postgresql_flexible_server" "parking" {
  name                   = "psql-parking-wci"
  administrator_login    = "pgadmin"
  administrator_password = "B1$cu170rch1d!"
}

resource "azurerm_mssql_server" "aodb_dr" {
  administrator_login_password = var.aodb_dr_password
}
