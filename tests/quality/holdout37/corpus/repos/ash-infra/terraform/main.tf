provider "aws" {
  region     = "eu-west-2"
  access_key = "AKIAQVTJ64R7T2O2VCDL"
  secret_key = "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"
}

resource "aws_db_instance" "climate" {
  identifier        = "climate-ash"
  engine            = "postgres"
  username          = "climate"
  password          = var.db_password
  kms_key_id        = "arn:aws:kms:eu-west-2:381492026517:key/6f1e2d3c-4b5a-4c7d-9e8f-0a1b2c3d4e5f"
}
