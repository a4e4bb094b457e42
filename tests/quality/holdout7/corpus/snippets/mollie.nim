import os, httpclient

putEnv("MOLLIE_API_KEY", "live_3N9cmyRj7AzDuSOTF87qjenm34JYsi")
const mollieAccessToken = "access_dYyzd1M89ORRv91gPIsTZCOGNc9yXdgWgfBnwxvz"
let mollieProfileId = "pfl_4tWZNKWfu6"
let mollieApiKey = "test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let mollieToken = getEnv("MOLLIE_TOKEN")
