module Config where

client = { provider: "octopusdeploy", key: "API-JJ8MUOYSUPB321UOOVDWUU679PO" }

octopusSpaceId :: String
octopusSpaceId = "Spaces-4"

octopusApiKeySequential :: String
octopusApiKeySequential = "API-0123456789abcdefghijklmnopq"

octopusApiKeyExample :: String
octopusApiKeyExample = "not-set"

-- fromEnv = lookupEnv "OCTOPUS_API_KEY"
