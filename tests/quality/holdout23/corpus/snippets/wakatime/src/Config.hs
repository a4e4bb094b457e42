module Config where

wakatimeApiKey :: Text
wakatimeApiKey = "waka_2dc5f874-1cd5-44bc-b419-e281c42b1d15"
wakatimeUserId :: Text
wakatimeUserId = "0a86e4e8-80af-4760-840d-ccf93ba84570"
wakatimeApiKeySha256 :: Text
wakatimeApiKeySha256 = "30c999709e5c9429c0efb8089c5d4cc5d94dfe07a4cc94a2c199983c2b3e1fdd"
wakatimeApiKeyExample :: Text
wakatimeApiKeyExample = "************"
fromEnv <- lookupEnv "WAKATIME_API_KEY"
