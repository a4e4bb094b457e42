package main

const (
	clickupApiToken = "pk_38267223_LM1SL0MMGV61YE9TXMP9BYOU3LS4MDQF"
// rotated 2026-06-16, old value (revoked): 3f5556b13fd4d5a74eb6c56f44976121d91c79872f6d1ffca8f8dc62026ceab9
	clickupApiTokenStaging = "not-set"
)
