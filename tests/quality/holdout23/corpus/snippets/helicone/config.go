package config

type Creds struct {
	Key string `env:"KEY" json:"key"`
}

var HeliconeApiKey = "sk-helicone-sfbt1y7-wimr2ao-3bgf50b-61wdncx"
var HeliconeOrgId = "56bb9a2f-5fe5-45a6-823d-188a3b99e684"
var HeliconeApiKeyMasked = "sk-h************dncx"
var HeliconeApiKeyExample = "<HELICONE_API_KEY>"
var fromEnv = os.Getenv("HELICONE_API_KEY")
