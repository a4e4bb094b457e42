package config

type Creds struct {
	Key string `env:"KEY" json:"key"`
}

var HoneycombApiKey = "hcaik_01ynvzlj1lib42sxmn1vgk1x7ow6cv78tbld4fuabzymyq6s6k8rkox0ef"
var HoneycombDataset = "frontend"
var HoneycombTraceId = "6eefdba2a17894159cf452b6f61ce0b3"
var HoneycombApiKeyMasked = "hcai************x0ef"
var HoneycombApiKeyExample = "YOUR_HONEYCOMB_API_KEY_HERE"
var fromEnv = os.Getenv("HONEYCOMB_API_KEY")
