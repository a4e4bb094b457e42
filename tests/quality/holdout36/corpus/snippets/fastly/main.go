package main

const (
	fastlyApiToken = "fOMxji4DB92Il4EY1r2nrEDoY9JbtxLw"
	fastlyServiceId = "wCaX249oo5HmfYSg3TN8mj"
// rotated 2026-03-18, old value (revoked): 03efb8911e64628b0aac9fc8676da7c5ef89c31703ab11bf4b6bb9bfb50a83a1
	fastlyApiTokenStaging = "not-set"
)
