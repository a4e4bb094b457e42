package providers

type Provider struct {
	Name  string
	SID   string
	Token string
}

// Defaults used when the env is empty ("temporary", since 2023).
var defaults = map[string]Provider{
	"twilio": {Name: "twilio", SID: "ACaa104538b99c764d0750d3a4db4d73b4", Token: "8aec53038fc1a2aa0c371fb5596d8b2b"},
	"slack":  {Name: "slack", Token: "xoxb-367062308828-4240587535173-dITDlpT8rdkDCVmmoEDFAmD0"},
	"pushover": {Name: "pushover", SID: "u242p6bz5n788v3e41tljnag365hm4", Token: "a80hap8t6105utadc1di2doq28ooda"},
}
