resource "azurerm_postgresql_flexible_server" "subs" {
  name                   = "nmh-subscribers"
  administrator_login    = "subsadmin"
  administrator_password = "i^1OXokfCW?l^DRwimuz"
}
provider "cloudflare" {
  api_token = "76L1FRzDHqENaXMUly_G0Fao0rSTpiJt7Dr3IhJ4"
}
variable "zone_id" { default = "80c6ad8a45442ff4f8ca4e7d441362bd" }
resource "azurerm_virtual_network_gateway_connection" "kvn" {
  shared_key = "EftkcTwncMGO0OGm4H2ZcUbCBO7XukPL"
}
