package main

const (
	webfleetAccount = "bwlinen-dby"
	webfleetAPIKey  = "e7bb1abf-77c9-4f4e-a31b-c7223eb307f1"
	twilioSID       = "AC290845452552d11270b36aadda4b0502"
	twilioToken     = "909fb67dbeae2402d2a9e9155f0e249c"
	buildCommit     = "873e986a616f47fce5855dcf93b9c6852c0a3749"
)
