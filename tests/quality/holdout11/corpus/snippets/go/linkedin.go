// linkedin credentials (fake values)
var cfg = Config{
	LinkedinClientSecret: "WPL_AP1.1mcZs21LmvjbZiSn.yqqbpQNx==",
}
req.Header = http.Header{"Authorization": {"Bearer WPL_AP1.3zmJMkWdjmrticwO.T8320lJM=="}}
var cfg = Config{
	LinkedinClientId: "62gzqnmzmuquku",
}
var cfg = Config{
	LinkedinClientSecretExample: "WPL_AP1.xxxxxxxxxxxxxxxx.xxxxxxxx==",
}
key := os.Getenv("LINKEDIN_CLIENT_SECRET")
