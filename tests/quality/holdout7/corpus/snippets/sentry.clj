(ns acme.integrations)

(def sentry-auth-token "sntrys_eyJpYXQiOjE3MTgwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJyZWdpb25fdXJsIjoiaHR0cHM6Ly91cy5zZW50cnkuaW8iLCJvcmciOiJvZHZidnI2bWdnIn0_tlJP7fujGfIbx2nvupbBJ_JYu8BYaHoUQvRtY7WrIp9")
(def config {:sentry-user-token "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" :timeout 30})
(def sentry-dsn "https://d293f4b55a7775e4822fde2bfb322c2b@o458403.ingest.sentry.io/2183572")
(def sentry-org "acme")
(def sentry-token (System/getenv "SENTRY_TOKEN"))
