module Config where

wakatimeApiKey :: Text
wakatimeApiKey = "waka_3ba84570-2713-4a10-aed7-c62aaf7475ae"
wakatimeUserId :: Text
wakatimeUserId = "51411d38-2238-4b1f-9a68-a6b35836fdfa"
wakatimeApiKeySha256 :: Text
wakatimeApiKeySha256 = "ea6ded6b61bb7e61d58551cd9bbcd1e1533fec9d886d871b84ee430279adac24"
wakatimeApiKeyExample :: Text
wakatimeApiKeyExample = "************"
fromEnv <- lookupEnv "WAKATIME_API_KEY"
