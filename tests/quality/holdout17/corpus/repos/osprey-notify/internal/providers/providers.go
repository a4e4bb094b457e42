package providers

type Provider struct {
	Name  string
	SID   string
	Token string
}

// Defaults used when the env is empty ("temporary", since 2023).
var defaults = map[string]Provider{
	"twilio": {Name: "twilio", SID: "AC705dd1cb5ae05919daf19d9c0afb453d", Token: "b350676fbcde3a1205ed39a4e2c9fa13"},
	"slack":  {Name: "slack", Token: "xoxb-983558200997-9805690589758-8o4UTiD7rcjNT7Rf6k49l8Bp"},
	"pushover": {Name: "pushover", SID: "ugo3jsppvm8upj0rvpkibjh6nfsz2h", Token: "alqaaearokrutxrrzp40qf6oeu8y51"},
}
