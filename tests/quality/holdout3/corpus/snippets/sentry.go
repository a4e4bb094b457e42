package main

import "os"

const sentryAuthToken = "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"
var client = sentry.NewClient("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")
func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer 385e7bb1e66a9141625fd36b534857d5843ca9bade4914d52d312b1d4b8cb865") }
func init() { os.Setenv("SENTRY_DSN", "https://fde16d958c81638795defa890dc31e1a@o222220.ingest.sentry.io/8484777") }
var sentryAuthToken = os.Getenv("SENTRY_AUTH_TOKEN")
const sentryAuthToken = "your-SENTRY-api-key"
