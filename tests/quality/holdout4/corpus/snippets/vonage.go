package config

req.Header.Set("Authorization", "Bearer S8WI1GEs8g5CIhWX")
const vonageApiKey = "fc3714c6"
const vonageApplicationId = "f19d8786-2324-46f8-88ca-13a53eaed259"
var vonageApiKey = os.Getenv("VONAGE_API_KEY")
