job "api" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config { image = "ghcr.io/acme/api:1.9" }
      env {
        LINKEDIN_SECRET = "WPL_AP1.kKIhY63GXOPmwd0g.hPOxQZ=="
        COHERE_API_KEY = "f34xEnNjTxoKPWcwKZi64YCFKuQIAgjeVcA7PijR"
      }
      template {
        data        = <<EOH
UPSTREAM_TOKEN={{ with secret "kv/api" }}{{ .Data.data.token }}{{ end }}
WOOCOMMERCE_SECRET=cs_56a6429825c732bdd80174871209bb4c1acc685b
EOH
        destination = "secrets/env"
        env         = true
      }
    }
  }
}
