// virustotal credentials (fake values)
var cfg = Config{
	VtApiKey: "0fe36335ab4c2d1baa88be3af84ce7e54395c1b0afde94c6409695761870923c",
}
req.Header = http.Header{"Authorization": {"Bearer 463565e5ff373fb13574cabcc6fc5721301686b7c9ebbc6b050b935badd235d1"}}
var cfg = Config{
	VirustotalFileSha256: "b2f8c74e37467855795c03efd9fa98057119bf36033dc6a4e3680a8ad8fcc80d",
}
var cfg = Config{
	VtApiKeyExample: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
}
key := os.Getenv("VT_API_KEY")
