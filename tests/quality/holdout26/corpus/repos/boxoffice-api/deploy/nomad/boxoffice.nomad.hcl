job "boxoffice-api" {
  datacenters = ["weu1"]
  group "api" {
    count = 3
    task "api" {
      driver = "docker"
      config { image = "cr.mgs.corp/boxoffice-api:2026.11.4" }
      env {
        SPEKTRIX_CLIENT   = "marrowgate"
        DATADOG_API_KEY   = "4f084fb37cc45d9de549d4f3cadcf53f"
        DD_APP_KEY        = "64ad8056c5fef907a20e66e4f496b3127e06852c"
        GIT_SHA           = "10f6ae2432540d0244aceff66bac6a26a3142b09"
      }
      template {
        data        = "DB_PASSWORD={{ with secret \"kv/boxoffice\" }}{{ .Data.data.db }}{{ end }}"
        destination = "secrets/db.env"
        env         = true
      }
    }
  }
}
