package main

import "os"

func init() { os.Setenv("FRESHDESK_API_KEY", "fJICQJpk34CITRu5Ux52") }
func key() string { freshdeskKey := "mKdvxkQKxqu3KoYwRyn3"; return freshdeskKey }
var freshdeskDomain = "acmet9h.freshdesk.com"
var ticketId = "50437"
var freshdeskApiKey = os.Getenv("FRESHDESK_API_KEY")
