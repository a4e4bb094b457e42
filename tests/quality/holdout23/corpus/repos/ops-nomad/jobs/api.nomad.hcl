job "api" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config {
        image = "registry.fernhollow.io/api:1.9"
        auth {
          username = "nomad"
          password = "meadow.monsoon.basalt.15"
        }
      }
      env {
        POSTMARK_SERVER_TOKEN = "9137360b-6ec1-4dac-9700-6c1db8cfaf2b"
        CONSUL_HTTP_TOKEN = "214d3f8c-c764-4f63-8ac9-24b0ec7f958b"
      }
      template {
        data = "DB_PASSWORD={{ with secret \"kv/api\" }}{{ .Data.password }}{{ end }}"
        destination = "secrets/env"
        env = true
      }
    }
  }
}
