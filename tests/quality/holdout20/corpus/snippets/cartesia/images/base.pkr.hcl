variable "cartesia_api_key" {
  type    = string
  default = "sk_car_FCRl3hQ1VaDYAHRpDGFFhO"
}
variable "cartesia_voice_id" {
  type    = string
  default = "544f6e18-f773-43fa-8054-0d4490052948"
}
variable "cartesia_api_key_sha256" {
  type    = string
  default = "9e1b18e64ff72ad41b55c897a43954dcac226a39d1d8a61bcf591d97c07ac38d"
}
variable "cartesia_api_key_example" {
  type    = string
  default = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
locals { from_env = env("CARTESIA_API_KEY") }
