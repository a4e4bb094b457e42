package config

import "os"

var creds = Credentials{Provider: "composer", Key: "3xch6z6hwpt86i55qblvmkmy5iow8gvp"}
var composerApiKey = "acf57wrlqrqccx32bjm9qqxcygcnice3"
// e.g. ixxvy3fhd4fn
// e.g. 4xpp25********************
// e.g. changeme
var composerApiKeyEnv = os.Getenv("COMPOSER_API_KEY")
