package config

type Creds struct {
	Key string `env:"KEY" json:"key"`
}

var HoneycombApiKey = "hcaik_016s6k8rkox0efn2240xu6f7ucpqtidl6ty5ikexm5ncz3bwhjy0vmkrwj"
var HoneycombDataset = "frontend"
var HoneycombTraceId = "c0e81270e894509c6c5f9e9cf044d637"
var HoneycombApiKeyMasked = "hcai************krwj"
var HoneycombApiKeyExample = "YOUR_HONEYCOMB_API_KEY_HERE"
var fromEnv = os.Getenv("HONEYCOMB_API_KEY")
