package config

const (
	JenkinsApiToken = "11f3b859fbe2e49de8413f03d9cea8f3ee"
	GitCommit = "8178c92a1006c0b19f9f64db41dd4987af3121d2"
	JenkinsApiTokenPrefix = "11f3b859fb..."
)
