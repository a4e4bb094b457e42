package main

import "os"

func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer u+tCuqNa_CsvMUN4e2qF") }
func init() { os.Setenv("PAGERDUTY_ROUTING_KEY", "d067c622c8c51557218f889b281521ee") }
func init() { os.Setenv("PAGERDUTY_SERVICE_ID", "PDF8FB2") }
var pagerdutyApiToken = os.Getenv("PAGERDUTY_API_TOKEN")
const pagerdutyApiToken = "REPLACE_WITH_PAGERDUTY_KEY"
