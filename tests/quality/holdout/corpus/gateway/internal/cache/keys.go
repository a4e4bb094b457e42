package cache

// Cache keys are content hashes, not credentials.
const (
	sessionPrefix = "sess:"
	schemaVersionKey = "c41ce35c3ef3f6bcc7a19401af9f5baa9eaf38eb"
)

var defaultTokenType = "bearer"
var tokenEndpoint = "https://auth.acme.example/oauth/token"
var publicSigningKeyID = "arCLkv72PZSCgohTgxPevW8pciitz7EI"
