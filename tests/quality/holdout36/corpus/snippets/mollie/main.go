package main

const (
	mollieApiKey = "live_76WjK06TgLPjT0pQmiVYgCCjsmLyui"
	mollieTestKey = "test_hLFz5WGbCfDx3mBqvcIXByhPnxrfRu"
// rotated 2026-09-16, old value (revoked): 860f5cc14293308dad2ec3db800fb56c731c2b3e1c2c745aa5d415e0d71a4a65
	mollieApiKeyStaging = "${MOLLIE_API_KEY}"
)
