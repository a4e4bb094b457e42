module Config where

groqApiKey :: Text
groqApiKey = "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"
groqModel :: Text
groqModel = "llama-3.1-8b-instant"
groqApiKeySha256 :: Text
groqApiKeySha256 = "876c7b7a83fe38a37ff3a8012fbdc1a8158d915705ed462c9eb07c5ec233bfde"
groqApiKeyExample :: Text
groqApiKeyExample = "$(GROQ_API_KEY)"
fromEnv <- lookupEnv "GROQ_API_KEY"
