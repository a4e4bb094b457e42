module Config where

client = Client { provider = "typeform", apiKey = "tfp_dfsRPkaMRVZGhM2P13zBZtFPQut1eQt91VWohvY6PEBR_YEo5KZnjBaWA31" }

typeformFormId :: String
typeformFormId = "dh0zEJdY"

typeformTokenSequential :: String
typeformTokenSequential = "tfp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"

typeformTokenExample :: String
typeformTokenExample = "[REDACTED]"

fromEnv = lookupEnv "TYPEFORM_TOKEN"
