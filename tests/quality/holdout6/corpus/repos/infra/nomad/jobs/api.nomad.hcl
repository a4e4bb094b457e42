job "api" {
  datacenters = ["dc1"]
  group "api" {
    count = 3
    task "server" {
      driver = "docker"
      config {
        image = "registry.acme.example/api:1.42.0"
        auth {
          username = "robot$api"
          password = "BERJW3p4jhs0Kl3n68%"
        }
      }
      env {
        NOMAD_TOKEN_FOR_JOBS = "4e91d35c-4cb0-4554-b1bc-26564b0cd3c2"
        TYPEFORM_TOKEN       = "tfp_iXtaxsKato326tkx_VoGKYFuK6eu_OrDinWntGoHLSsj_8q3OnTqtvzms9n"
        TODOIST_API_TOKEN    = "531dad09f8bff173f38f1561621520777be9a08c"
      }
      template {
        destination = "secrets/db.env"
        env         = true
        data        = <<EOH
DATABASE_PASSWORD={{ with secret "database/creds/api" }}{{ .Data.password }}{{ end }}
CONVEX_DEPLOY_KEY=prod:ttsohp-cpkrtur-239|eyJ2MiI6ICJjNzczMWZiYTk1MjE1ZTdlY2NjYzFhMWYyYzk1MjZiZSJ9
EOH
      }
    }
  }
}
