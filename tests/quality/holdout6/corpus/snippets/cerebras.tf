
locals {
  creds = {
    cerebras_api_key = "csk-rhq2qgcohuml3bjmdc3uy3av8y8ost23kcdfrq9wsymndcqp"
  }
}
cerebras_model = "llama3.1-8b"
cerebras_api_key = "csk-n683d0..."
cerebras_token = var.cerebras_token
