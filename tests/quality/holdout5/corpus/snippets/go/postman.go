package main

import "os"

var creds = map[string]string{"postman_api_key": "PMAK-f0c2026a8504acaa8084b5c5-8c31e9dce09a07d9d0018ffdb0d263323e"}
func init() { os.Setenv("POSTMAN_KEY", "PMAK-335dab7ef177130a7886eb50-4dff13fd3a9e6644031b2ff057e302ae54") }
var postmanCollection = "45020990-7ac641bb-6366-4040-829a-11f1b152b12c"
var postmanApiKey = "PMAK-{{apiKey}}"
var postmanApiKey = os.Getenv("POSTMAN_API_KEY")
