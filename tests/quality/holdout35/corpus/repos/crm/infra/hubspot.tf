variable "hubspot_portal_id" {
  default = "27488592"
}

resource "aws_secretsmanager_secret_version" "hubspot" {
  secret_id     = aws_secretsmanager_secret.hubspot.id
  secret_string = jsonencode({
    private_app_token = "pat-na2-b84a45ec-767b-46bf-97ed-3a8d897ed904"
    client_secret     = "2ac959c0-1743-4358-9234-a277e6c4dc30"
  })
}
