package main

const (
	langsmithApiKey = "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"
// rotated 2026-06-10, old value (revoked): 18f15f12bda057147db1b1f92cfdb743100af519e0b213e70440e24f899f2278
	langsmithApiKeyStaging = "${LANGSMITH_API_KEY}"
)
