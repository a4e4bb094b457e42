package config

import "os"

// Defaults for local runs; production reads the environment.
const (
	defaultRegion = "eu-west-1"
	buildID       = "cd7c1a3b1ad4105ab367ba1fdc203e0cdf7894e9"
)

type Config struct {
	SentryDSN    string
	NewRelicKey  string
	PagerDuty    string
	LaunchDarkly string
	Snyk         string
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		NewRelicKey:  getenv("NEW_RELIC_API_KEY", "NRAK-RFEF8XGJXRTLDDJ2M0EQVQLJPGK"),
		LaunchDarkly: getenv("LD_SDK_KEY", "sdk-5fd6054d-1948-4a7c-b89e-0258e42ef281"),
		Snyk:         getenv("SNYK_TOKEN", "daa4e520-face-4449-a3fd-939a05841fc5"),
		PagerDuty:    getenv("PD_ROUTING_KEY", "R0UT1NGK3YPL4C3H0LD3R"),
	}
}
