
provider "twitch" {
  twitch_client_secret = "fhrg0h4e8qov5qgpflt5nm0p58u8qz"
}
variable "twitch_client_secret_access_token" {
  default = "cc3p6y8lyg4n1p5cyecyul2xavxftb"
}
variable "twitch_client_id" {
  default = "22f3ul2c6et45ec664e5uvh5nm8y8x"
}
  twitch_client_secret = var.twitch_client_secret
provider "twitch" {
  twitch_client_secret = "REPLACE_WITH_TWITCH_KEY"
}
