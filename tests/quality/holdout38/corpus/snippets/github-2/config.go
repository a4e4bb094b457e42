package config

const (
	GhPat = "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"
	GhPatExample = "github_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	GhPatPrefix = "github_pat..."
)
