module Config where

defaultCreds = Creds { provider = "fireworks", key = "fw_KZZnnVm0YDUWZC1NvuYmKdx4" }
fireworksAccountId :: String
fireworksAccountId = "f8vb9czhxi"
fireworksApiKeyTruncated :: String
fireworksApiKeyTruncated = "fw_KZZnn..."
fireworksApiKeyExample :: String
fireworksApiKeyExample = "sk-REDACTED"
fromEnv = lookupEnv "FIREWORKS_API_KEY"
