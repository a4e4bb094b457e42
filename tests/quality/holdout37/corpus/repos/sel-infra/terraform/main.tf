provider "aws" {
  region     = "eu-west-2"
  access_key = "AKIAI7HF64KSXZ3VSKX5"
  secret_key = "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"
}

resource "aws_db_instance" "climate" {
  identifier        = "climate-sel"
  engine            = "postgres"
  username          = "climate"
  password          = var.db_password
  kms_key_id        = "arn:aws:kms:eu-west-2:381492026517:key/6f1e2d3c-4b5a-4c7d-9e8f-0a1b2c3d4e5f"
}
