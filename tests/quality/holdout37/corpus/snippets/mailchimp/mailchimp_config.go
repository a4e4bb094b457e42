package config

const (
// mailchimp integration (Thornbury Glasshouses, climate and orders platform)
	mailchimpApiKey = "067d84baa55a090e47cd2e4a465ae4c4-us14"
	mailchimpListId = "a1b2c3d4e5"
	exampleMailchimpApiKey = "************"
)
