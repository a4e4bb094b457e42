#!/usr/bin/env bash
# End-to-end tests of what the lead judged in wave 24. Go struct tags that
# give a setting its default
# (kelseyhightower/envconfig's `envconfig:"X" default:"…"`, caarlos0/env's
# `env:"X" envDefault:"…"`, creasty/defaults' `default:"…"`): the default
# is the value, named by the tag's environment variable, else its config
# key (mapstructure, koanf, yaml, json), else the field's own name.
# Decoys: defaults of settings that are no credential, placeholders,
# references, durations and paths under a credential's name, a swag
# `example:` annotation, a tag without a default, a raw string that is
# no tag. A Google app password as Google shows it (four groups of four
# letters) under any password's name, with or without smtp.gmail.com near;
# decoys: fillers, climbing groups, sentences of four-letter words, a
# fifth group.
. "$(dirname "$0")/lib.sh"
batch_scans

mk cfg/config.go 'package config

type Config struct {
	Port        int    `envconfig:"PORT" default:"8080"`
	DatadogKey  string `envconfig:"DD_API_KEY" default:"4c2a9e8f1b7d6035a9c8e7f6d5b4a3c2"`
	Signing     string `env:"WEBHOOK_SIGNING_SECRET,required" envDefault:"wq3Lr8TzN5vB2mK9xC7pF4hJ"`
	ApiToken    string `default:"Zq8vR2mX7tK4pL9wN3bY6cJ5hF1gD0sA"`
	DB          string `mapstructure:"db_password" default:"Rv7!kLm2#pQz"`
	Region      string `env:"AWS_REGION" envDefault:"eu-west-1"`
}
'
found cfg/config.go 5 datadog-api-key 4c2a9e8f1b7d6035a9c8e7f6d5b4a3c2
generic cfg/config.go 6 wq3Lr8TzN5vB2mK9xC7pF4hJ
generic cfg/config.go 7 Zq8vR2mX7tK4pL9wN3bY6cJ5hF1gD0sA
generic cfg/config.go 8 'Rv7!kLm2#pQz'

mk neg/config.go 'package config

type Settings struct {
	Token        string        `env:"API_TOKEN" envDefault:"${VAULT_API_TOKEN}"`
	ApiKey       string        `default:"changeme"`
	SecretPath   string        `env:"SECRET_FILE" envDefault:"/run/secrets/api_key"`
	TokenTTL     time.Duration `env:"TOKEN_TTL" envDefault:"15m"`
	KeyID        string        `json:"key_id" default:"3f9c2b7e1a4d4e8b"`
	AccessToken  string        `json:"access_token" example:"c0a8f9e2d4b6a1c3e5f7a9b2d4c6e8f0"`
	ClientSecret string        `json:"client_secret,omitempty"`
	Password     string        `yaml:"password" default:""`
}

'
silent neg/config.go

mk app/settings.py 'EMAIL_HOST = "smtp.office365.com"
EMAIL_HOST_USER = "alerts@ridgeway-dairy.com"
EMAIL_HOST_PASSWORD = "jkdf oeuw mzna plqr"
'
found app/settings.py 3 google-app-password "jkdf oeuw mzna plqr"
mk app/.msmtprc 'account default
host smtp.gmail.com
user ops@ridgeway-dairy.com
password bxqw quvr zsai nrry
'
found app/.msmtprc 4 google-app-password "bxqw quvr zsai nrry"
mk app/mail.yml 'mailer:
  app_password: "tyvn wqoe hzrk lmfa"
'
found app/mail.yml 2 google-app-password "tyvn wqoe hzrk lmfa"
i=0
for v in "xxxx xxxx xxxx xxxx" "abcd efgh ijkl mnop" "this will help some" \
	"have been sent back" "jkdf oeuw mzna plqr more"; do
	i=$((i + 1))
	mk "appneg/$i/settings.py" "EMAIL_HOST_PASSWORD = \"$v\"
"
	silent "appneg/$i/settings.py"
done
mk appneg/prose.md '# Mail
The password: this will help some users sign in.
'
silent appneg/prose.md

finish e2e_judge24
