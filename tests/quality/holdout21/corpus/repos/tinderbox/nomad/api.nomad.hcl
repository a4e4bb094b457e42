job "tinderbox-api" {
  group "api" {
    task "server" {
      driver = "docker"
      env {
        DB_PASS      = "tv4zgv-kd1qay-gs7p04"
        OPENAI_API_KEY = "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"
        NOMAD_ALLOC  = "${NOMAD_ALLOC_ID}"
      }
      template {
        data = <<EOT
SMTP_PASSWORD={{ with secret "kv/smtp" }}{{ .Data.password }}{{ end }}
EOT
        destination = "secrets/env"
        env = true
      }
    }
  }
}
