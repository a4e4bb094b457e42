// openrouter integration (fixture for the config loader)
func openrouterConfig() {
	openrouterApiKey := "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"
// rotated on 2025-03-18, old value 455f0dbbca89e21cd54e3b2851c307e3a44e98677789a4eb847d9a0e4c6bbaf2 (revoked)
	openrouterApiKeyExample := "${OPENROUTER_API_KEY}" // not secret
}
