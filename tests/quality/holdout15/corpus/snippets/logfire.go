package config

import "os"

var upstream = Upstream{Name: "logfire", Creds: "pylf_v1_us_3e2koBR8jATCjDfA1UyGfJRDUwwJRCalhnTIPCxgf6v7RPQK"}
const LogfireProject = "acme/checkout"
const LogfireTokenMasked = "pylf_v************SOWq"
const LogfireTokenExample = "YOUR_API_KEY_HERE"
var fromEnv = os.Getenv("LOGFIRE_TOKEN")
