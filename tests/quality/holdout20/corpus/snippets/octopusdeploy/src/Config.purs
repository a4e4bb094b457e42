module Config where

client = { provider: "octopusdeploy", key: "API-OJOIU7CZA4D6B7PVI6Y39PZG1HU" }

octopusSpaceId :: String
octopusSpaceId = "Spaces-19"

octopusApiKeySequential :: String
octopusApiKeySequential = "API-0123456789abcdefghijklmnopq"

octopusApiKeyExample :: String
octopusApiKeyExample = "not-set"

-- fromEnv = lookupEnv "OCTOPUS_API_KEY"
