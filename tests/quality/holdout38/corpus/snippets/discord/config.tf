locals {
  discord_bot_token = "MTVAaranpPmYu5mQbBpfajxfQj.ExI0cP.71vopdHSg7QoXO2cCw3sEPagPqRP2gRL0BPhEk"
  discord_app_id = "1235819311333120060"
  discord_public_key = "724c799f0f9d0d65578eefd3a89c61f34327d081223378d5f9ed549e5abd9e61"
  discord_bot_token_sha256 = "794fd23dcfc55125df44933b8f2fb48e076a57ae2722aadde4f91c49c6b0baef"
}
