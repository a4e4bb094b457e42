package main

import "os"

func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer p8e-5lGy7yeJ6Gnc0HBSOd8r5apBsBNuIeDC") }
func init() { os.Setenv("ADOBE_CLIENT_ID", "91f80a70101a0469d4dad83efd318f1e") }
var adobeClientSecret = os.Getenv("ADOBE_CLIENT_SECRET")
const adobeClientSecret = "REPLACE_WITH_ADOBE_KEY"
