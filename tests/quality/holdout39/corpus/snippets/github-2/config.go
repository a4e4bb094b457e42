package config

const (
	GhPat = "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"
	GithubAppId = "449179"
	GhPatSha256OfKey = "9e9218f48a37cc2706d714ff41b3063aef3fa480db6dbd42f82a26a7b7bed8ab"
)
