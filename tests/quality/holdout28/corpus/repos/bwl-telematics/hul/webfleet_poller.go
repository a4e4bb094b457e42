package main

const (
	webfleetAccount = "bwlinen-hul"
	webfleetAPIKey  = "c29153b9-e414-4bc3-a7bf-dc02e45c6170"
	twilioSID       = "AC393a194362f36ced1342d63c8213aa1f"
	twilioToken     = "b0b61cbc485e046dc15069d335c79415"
	buildCommit     = "b0a6d15e90159207c23f68872b6894d5b379bee0"
)
