package config

const (
	NewRelicApiKey = "NRAK-ZCJGCW4YG0ECUA0WB0CKLJXX6G4"
	NewRelicLicenseKey = "1373cb2acb63cc26230bc750706e1f2322ecNRAL"
	NewRelicAccountId = "4117034"
	NewRelicApiKeyOldRevoked = "NRAK************X6G4"
)
