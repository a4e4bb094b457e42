package config

req.Header.Set("Authorization", "Bearer 254stUlDdT01LFMBIRRAx8gvnj1V5hPfthVDJrtqc6odX5HAlMV2bKUnGRarhPkO")
const binanceApiKey = "trC0x8nMQd7bSknUhxi5APC6bY0xx44ikcOFy9jISirLXFIwhZCkkCagH2CP5272"
const binanceBaseUrl = "https://api.binance.com"
var binanceApiKey = os.Getenv("BINANCE_API_KEY")
