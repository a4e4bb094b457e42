// cloudflare: not secrets
let cfAccountId = "c6e5751913bc410ec739ce727b7abd00"
let cfApiKeyOld = "97df************c3de"
let cfApiKeyStaging = "not-set"
