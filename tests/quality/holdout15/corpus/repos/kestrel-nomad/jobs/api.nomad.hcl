job "kestrel-api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3
    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/kestrel-api:2.3.1"
      }
      env {
        DATABASE_URL = "postgres://api:IuLFUAUVMmlFMHs-11@pg.service.consul:5432/kestrel"
        SENTRY_ENVIRONMENT = "production"
        RELEASE_SHA = "5083402f904f1b9695cbdab975746d5caa8fd44a"
      }
      template {
        data        = "MAILGUN_API_KEY={{ with secret \"kv/data/mailgun\" }}{{ .Data.data.key }}{{ end }}"
        destination = "secrets/file.env"
        env         = true
      }
    }
  }
}
