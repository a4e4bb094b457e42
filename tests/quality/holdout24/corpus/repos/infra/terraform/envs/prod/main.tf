provider "datadog" {
  api_key = "6028132687ac1b004655105210c40f4e"
  app_key = "662af1772b56f600e9daf8ce66495963bdc0f482"
  api_url = "https://api.datadoghq.eu/"
}

provider "github" {
  owner = "brackenfield"
  token = var.github_token
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  username          = "ledger_admin"
  password          = "0bbf1fb6727b6d2b59fb5e2394852f20"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
}
