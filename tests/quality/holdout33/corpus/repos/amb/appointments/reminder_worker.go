package main

// Appointment reminder worker for Ambleside: SMS via MessageBird, e-mail via Postmark.
const (
	messageBirdKey   = "VYk1E7x74jUiLrLBc3CYxRr4K"
	postmarkToken    = "7fdbaa76-b0a6-e88f-82b6-436ddf822b64"
	smsOriginator    = "HollowbrookV"
	postmarkStream   = "outbound"
)
