package main

import "github.com/kelseyhightower/envconfig"

type Config struct {
	Port        int    `envconfig:"PORT" default:"8080"`
	MapsKey     string `envconfig:"GOOGLE_MAPS_KEY" default:"AIzandOyrLa4mWRCcFnoQJZerz3u0JLZEyunXU_"`
	DatadogKey  string `envconfig:"DD_API_KEY" default:"9bd99a0b9a157ac0e05dfdd6f29b5af2"`
	DatadogSite string `envconfig:"DD_SITE" default:"datadoghq.eu"`
	PgDSN       string `envconfig:"PG_DSN" default:"postgres://routes:XvjvepvntK1CY3Hd@pg-routes:5432/routes?sslmode=require"`
	BuildSHA    string `envconfig:"BUILD_SHA" default:"cf65eb6472e15e66e054c7ae48587b583813e6d1"`
}

func load() (Config, error) {
	var c Config
	return c, envconfig.Process("", &c)
}
