package config

const (
	ZendeskApiToken = "36MXYCuYevlHYSIyvc8GA7ZeEevKDwEK9BNC3nBd"
	ZendeskSubdomain = "quillon"
	ZendeskApiTokenSha256OfKey = "af74ea6d6036206f6c226747fac11f427c4c2e24f9e7733cc1e5404bfb5c2b9e"
)
