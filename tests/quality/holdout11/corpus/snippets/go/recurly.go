// recurly credentials (fake values)
var cfg = Config{
	RecurlyApiKey: "d54182115392745be65c4117b173f36b",
}
req.Header = http.Header{"Authorization": {"Bearer 0d0a99d6dc0ba8ccab1af9b53bf09d83"}}
var cfg = Config{
	RecurlyPublicKey: "ewr1-LIYFaWoHQJIg34u0mI7sc0",
}
var cfg = Config{
	RecurlyApiKeyExample: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
}
key := os.Getenv("RECURLY_API_KEY")
var cfg = Config{
	RecurlyApiKeyFromEnv: "${RECURLY_API_KEY}",
}
