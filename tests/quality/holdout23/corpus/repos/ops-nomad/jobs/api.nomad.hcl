job "api" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config {
        image = "registry.fernhollow.io/api:1.9"
        auth {
          username = "nomad"
          password = "thistle.tundra.glacier.82"
        }
      }
      env {
        POSTMARK_SERVER_TOKEN = "9a183cb2-8903-444e-a6af-a65465fd7d30"
        CONSUL_HTTP_TOKEN = "66f6a382-76f1-4f01-8e83-b691c3457aeb"
      }
      template {
        data = "DB_PASSWORD={{ with secret \"kv/api\" }}{{ .Data.password }}{{ end }}"
        destination = "secrets/env"
        env = true
      }
    }
  }
}
