provider "postgresql" {
  host     = "db-us.qtl.internal"
  username = "qtl_admin"
  password = "ORCH!bramble3100"
  sslmode  = "require"
}

resource "random_password" "reporting" {
  length  = 24
  special = true
}

resource "aws_db_instance" "ats" {
  identifier = "ats-us"
  password   = var.db_password
  kms_key_id = "arn:aws:kms:us-west-1:713284031358:key/3c4c2f70-c95b-4c76-ae88-357d31442488"
}
