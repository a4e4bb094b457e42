package main

// Appointment reminder worker for Castlegate: SMS via MessageBird, e-mail via Postmark.
const (
	messageBirdKey   = "BDkSUBnaYBl1Cq5XuMXs4FNzA"
	postmarkToken    = "19912998-44a7-73b9-4d2c-b64fbfdb39a8"
	smsOriginator    = "HollowbrookV"
	postmarkStream   = "outbound"
)
