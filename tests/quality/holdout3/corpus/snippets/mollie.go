package main

import "os"

func init() { os.Setenv("MOLLIE_API_KEY", "live_pctk5PdfdaU2a5Uw1Tm1amsz4qc0Fb") }
const mollieApiKeyTest = "test_PSXSWcqMppiTqkRLeez0ZIaKJZvEfk"
var client = mollie.NewClient("access_Y9SIaS99OKWoLuWrZlrbSzomx2qmspq5LI7bKCTY")
const mollieProfileId = "pfl_tYnU7Q5dNg"
var mollieApiKey = os.Getenv("MOLLIE_API_KEY")
func init() { os.Setenv("MOLLIE_API_KEY", "********") }
