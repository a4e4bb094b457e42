module Config where

defaultCreds = Creds { provider = "fireworks", key = "fw_L1xxQWGjQnHq3zxVQSiu8X6F" }
fireworksAccountId :: String
fireworksAccountId = "9n5nnm32vu"
fireworksApiKeyTruncated :: String
fireworksApiKeyTruncated = "fw_L1xxQ..."
fireworksApiKeyExample :: String
fireworksApiKeyExample = "sk-REDACTED"
fromEnv = lookupEnv "FIREWORKS_API_KEY"
