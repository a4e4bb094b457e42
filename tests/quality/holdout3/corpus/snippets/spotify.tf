
variable "spotify_client_secret" {
  default = "8373dfb4bb678fa93bc4ea2e7b5ca052"
}
provider "spotify" {
  spotify_client_id = "f5f66fd8e30901905a4d71086901616a"
}
  spotify_client_secret = var.spotify_client_secret
variable "spotify_client_secret" {
  default = "********"
}
