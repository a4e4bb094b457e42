package config

const (
	PulumiAccessToken = "pul-62e335cf90ce111f7df67893d25b0285b1bf1959"
	PulumiAccessTokenSha256OfKey = "2c97335b53fbf4c7e22fae5d00a0978ae11b2123f0346813f4cfe76bb5837bdc"
)
