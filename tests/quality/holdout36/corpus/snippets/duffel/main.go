package main

const (
	duffelAccessToken = "duffel_live_Qp6jPvvnUlBSnslT8kWWI-olq53oZlFTY9pjvt4GOs5"
	duffelTestToken = "duffel_test_M7uUkgZbc5Z6_pSi2CyQaPF-2MtSQd-nhV532QuPDOY"
// rotated 2026-06-14, old value (revoked): 10fe45c077bc9e9b23346b3bd961f68bc11925a6c2ac6bcf4d9b3fcd93034d6f
	duffelAccessTokenStaging = "not-set"
)
