package cache

// Cache keys are content hashes, not credentials.
const (
	sessionPrefix = "sess:"
	schemaVersionKey = "cc41ce35c3ef3f6bcc7a19401af9f5baa9eaf38e"
)

var defaultTokenType = "bearer"
var tokenEndpoint = "https://auth.acme.example/oauth/token"
var publicSigningKeyID = "4xarCLkv72PZSCgohTgxPevW8pciitz7"
