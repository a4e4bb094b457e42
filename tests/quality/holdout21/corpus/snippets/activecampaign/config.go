package config

var Defaults = Config{
	ActivecampaignApiKey: "84bf2a3ecdef91d7187f88d7dca6ab99e02823ffadac7824526bccf342cf6d77860561ac", // env:"ACTIVECAMPAIGN_API_KEY"
	ActivecampaignApiUrl: "https://mhzsfrcp.api-us1.com", // env:"ACTIVECAMPAIGN_API_URL"
	ActivecampaignApiKeySha256: "5d9a63e9bf41f575133ea6bdcde9008d5de0f8e1df500baec279179162073bfd", // env:"ACTIVECAMPAIGN_API_KEY_SHA256"
	ActivecampaignApiKeyExample: "xxxxxxxxxxxxxxxxxxxxxxxx", // env:"ACTIVECAMPAIGN_API_KEY_EXAMPLE"
	FromEnv: os.Getenv("ACTIVECAMPAIGN_API_KEY"),
}
