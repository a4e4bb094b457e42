module Config where

groqApiKey :: Text
groqApiKey = "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"
groqModel :: Text
groqModel = "llama-3.1-8b-instant"
groqApiKeySha256 :: Text
groqApiKeySha256 = "b5e33eefce94b4d5b5884c9de7e8faaf251406226d3d6fd0218897acf4c5bb68"
groqApiKeyExample :: Text
groqApiKeyExample = "$(GROQ_API_KEY)"
fromEnv <- lookupEnv "GROQ_API_KEY"
