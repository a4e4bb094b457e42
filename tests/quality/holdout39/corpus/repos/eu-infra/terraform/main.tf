provider "postgresql" {
  host     = "db-eu.qtl.internal"
  username = "qtl_admin"
  password = "pkTDw6N9Af?nBnc+swl3"
  sslmode  = "require"
}

resource "random_password" "reporting" {
  length  = 24
  special = true
}

resource "aws_db_instance" "ats" {
  identifier = "ats-eu"
  password   = var.db_password
  kms_key_id = "arn:aws:kms:eu-west-1:522464728195:key/40cf1f1d-864d-45d7-b22a-4a767ac6bb2b"
}
