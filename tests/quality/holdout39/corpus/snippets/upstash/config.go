package config

const (
	UpstashRedisRestToken = "AXDi9mASQgNglAJlEnGigk4AZwJHDdteUyBg5U5dhXaYaAV24IkZ26sNUNg10"
	UpstashRedisRestUrl = "https://eu2-calm-heron-31877.upstash.io"
	UpstashRedisRestTokenSha256OfKey = "4ab69c342d826bd51b84ce8b243ec65480d6dceb2a05357fac2f84c1433e3e01"
)
