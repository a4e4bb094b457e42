package main

import "os"

func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer u5183789-0f3a8fb1401e6023d52c0dce") }
func init() { os.Setenv("UPTIMEROBOT_API_KEY_MONITOR", "m715804807-4da13c293927fcf866088493") }
var uptimerobotApiKey = os.Getenv("UPTIMEROBOT_API_KEY")
const uptimerobotApiKey = "TODO_UPTIMEROBOT_SECRET"
