package config

req.Header.Set("Authorization", "Bearer api-B38D501EBC42D239D19246EA002AE1AD")
const smtp2goSender = "alerts@acme.example"
const smtp2goApiKey = "api-XXXXXXXXXXXXXXXX"
var smtp2goApiKey = os.Getenv("SMTP2GO_API_KEY")
