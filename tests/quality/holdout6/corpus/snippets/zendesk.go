package main

import "os"

var zendeskApiToken = `3y0rscCb7h8Z3tC0QYLv2zGSjcwMTPYgoQPkUHwR`
const zendeskSubdomain = "acme"
const zendeskEmail = "ops@acme.example"
var zendeskToken = os.Getenv("ZENDESK_TOKEN")
