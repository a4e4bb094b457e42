variable "cartesia_api_key" {
  type    = string
  default = "sk_car_9se9tPmS0KboYkW2kFfHtF"
}
variable "cartesia_voice_id" {
  type    = string
  default = "22a02446-ecf7-4fe5-a0ed-7eff3544f6e1"
}
variable "cartesia_api_key_sha256" {
  type    = string
  default = "fe7c1ac71eae403956b8af4f8df38d7525f2bda88c7d2e033f633d6153fc746b"
}
variable "cartesia_api_key_example" {
  type    = string
  default = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
locals { from_env = env("CARTESIA_API_KEY") }
