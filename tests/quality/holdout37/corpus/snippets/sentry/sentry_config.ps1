# sentry integration (Thornbury Glasshouses, climate and orders platform)
$env:SENTRY_AUTH_TOKEN = "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"
$env:SENTRY_DSN = "https://4f1e2d3c5b6a79880a1b2c3d4e5f6a7b@o448213.ingest.sentry.io/5532101"
# rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): bfd5871a59f123aa5c8e8381bde7e4a53c069825a5779e53a8b76e752f65782e
