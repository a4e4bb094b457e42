package main

import "os"

var creds = map[string]string{"codecov_token": "23ff9629-7e6e-4142-9896-2d8da286df69"}
func init() { os.Setenv("CODECOV_UPLOAD_TOKEN", "fc84850a-6e2f-44f6-bc95-ad20455c2864") }
var codecovBadge = "9412B26CLI"
var codecovToken = "00000000-0000-0000-0000-000000000000"
var codecovApiKey = os.Getenv("CODECOV_API_KEY")
