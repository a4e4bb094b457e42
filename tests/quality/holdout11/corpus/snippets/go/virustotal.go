// virustotal credentials (fake values)
var cfg = Config{
	VtApiKey: "4395c1b0afde94c6409695761870923c463565e5ff373fb13574cabcc6fc5721",
}
req.Header = http.Header{"Authorization": {"Bearer 301686b7c9ebbc6b050b935badd235d1b2f8c74e37467855795c03efd9fa9805"}}
var cfg = Config{
	VirustotalFileSha256: "7119bf36033dc6a4e3680a8ad8fcc80def4e73dc7512f3630b59bc2208056775",
}
var cfg = Config{
	VtApiKeyExample: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
}
key := os.Getenv("VT_API_KEY")
