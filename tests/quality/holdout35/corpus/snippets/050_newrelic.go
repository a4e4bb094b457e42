// newrelic integration (fixture for the config loader)
func newrelicConfig() {
	newRelicApiKey := "NRAK-BRFZCJ5TPSJ4X2DIM95D73K5E4J"
	newrelicAccountId := "4627236" // not secret
// rotated on 2025-03-24, old value dd05b7c90d76e83f6321ae9f63f70f09b6e187631ffa58524c2d6af7ff8387fb (revoked)
	newRelicApiKeyExample := "${NEW_RELIC_API_KEY}" // not secret
}
