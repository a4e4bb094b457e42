package main

// Appointment reminder worker for Riverton: SMS via MessageBird, e-mail via Postmark.
const (
	messageBirdKey   = "94YYtTS2KupnEJ1LRWqmF8tRZ"
	postmarkToken    = "de1d00ce-af6e-a418-05e4-e9795019834f"
	smsOriginator    = "HollowbrookV"
	postmarkStream   = "outbound"
)
