package main

const (
	webfleetAccount = "bwlinen-lds"
	webfleetAPIKey  = "4c88b80f-b996-4b2e-9ecf-fd8087dd33a9"
	twilioSID       = "AC06eed78c3e97fcdef96fca23d93191e1"
	twilioToken     = "99c61240084beb5080df08a457b6b671"
	buildCommit     = "9bba29eda0eea1c147f527cc2ae08db64521085e"
)
