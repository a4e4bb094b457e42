
provider "elevenlabs" {
  elevenlabs_api_key = "sk_7707ce4154cc19db287e9e971e216b54e2e5da409c250f96"
}
variable "elevenlabs_voice_id" {
  default = "PPJvmAa0mPBtI70k5Lob"
}
  elevenlabs_api_key = var.elevenlabs_api_key
provider "elevenlabs" {
  elevenlabs_api_key = "REPLACE_WITH_ELEVENLABS_KEY"
}
