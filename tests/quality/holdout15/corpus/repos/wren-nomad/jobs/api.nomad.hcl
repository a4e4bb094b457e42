job "wren-api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3
    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/wren-api:2.3.1"
      }
      env {
        DATABASE_URL = "postgres://api:gwJDg2f0YLAphcb*78@pg.service.consul:5432/wren"
        SENTRY_ENVIRONMENT = "production"
        RELEASE_SHA = "d1e4c6acd7fdc1027a3a6458f675ff3a7746859d"
      }
      template {
        data        = "MAILGUN_API_KEY={{ with secret \"kv/data/mailgun\" }}{{ .Data.data.key }}{{ end }}"
        destination = "secrets/file.env"
        env         = true
      }
    }
  }
}
