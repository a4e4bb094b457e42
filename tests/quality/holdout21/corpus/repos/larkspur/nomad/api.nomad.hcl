job "larkspur-api" {
  group "api" {
    task "server" {
      driver = "docker"
      env {
        DB_PASS      = "KESTREL_6661_farid"
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
