import std/[httpclient, os]

let headers = newHttpHeaders({"Authorization": "Bearer sntrys_eyJpYXQiOjE3NjQwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJyZWdpb25fdXJsIjoiaHR0cHM6Ly9kZS5zZW50cnkuaW8iLCJvcmciOiJhY21lIn0_rHprXzFWWdEc3ypmFv6z9ku4KVO9j8nTK7Q-4fGA7Dq"})
const sentryAuthToken = "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"
let sentryDsn = "https://c3824308d16d95b721702eef380aaa93@o688377.ingest.de.sentry.io/1768049"
let sentryOrg = "acme"
let sentryToken = getEnv("SENTRY_TOKEN")
