package config

import "github.com/spf13/viper"

func init() {
	viper.SetDefault("sentry.dsn", "https://35a82dfce9362b0466fc0a7e9cbfac9c@o4507.ingest.sentry.io/4507003")
	viper.SetDefault("sentry.auth_token",
		"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")
	viper.SetDefault("elastic.cloud_id", "routes:lNwQS1JDE1sNSmdeb1tp+ZemPSRaEWj7dBLQluZyUasiF5Iof0xDt0etolwnfhk+5VwHx0zrC91N7Z2e")
	viper.SetDefault("elastic.api_key", "lMmNTEUAII8crMJczFOnZOS4jNTSwwszU7+3xqjtzuudq5RUk9zkqSDkMhhN")
}
