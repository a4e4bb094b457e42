package main

const (
	squareAccessToken = "EAAAjsKBfNAnx8sCOVsjwmcX7FL7RA_6xUaHpc3QKKsCLw1Rf3_aYFkHb8iEhW1q"
	squareApplicationId = "sq0idp-A_SSB6NWzddqeQrxRAppLz"
// rotated 2026-03-14, old value (revoked): 1d8704ab86a441c538b7d13f7c3a41d1244fa8dcf6ba2980325f9b9c3a554cb6
	squareAccessTokenStaging = "${SQUARE_ACCESS_TOKEN}"
)
