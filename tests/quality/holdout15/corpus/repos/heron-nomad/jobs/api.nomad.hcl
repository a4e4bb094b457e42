job "heron-api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3
    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/heron-api:2.3.1"
      }
      env {
        DATABASE_URL = "postgres://api:GvH3t2PzB4wQR4E*49@pg.service.consul:5432/heron"
        SENTRY_ENVIRONMENT = "production"
        RELEASE_SHA = "6fbb579715c872167a05f704b502e153bf1e603f"
      }
      template {
        data        = "MAILGUN_API_KEY={{ with secret \"kv/data/mailgun\" }}{{ .Data.data.key }}{{ end }}"
        destination = "secrets/file.env"
        env         = true
      }
    }
  }
}
