{-# LANGUAGE OverloadedStrings #-}
module Config where

defaultCfg = Cfg { cfgToken = "sk_a40680a06aa0fca51d12afc8e00aa1da5204642bbdb4a78f", cfgRetries = 3 }
xiApiKey :: Text
xiApiKey = "19e8b8480f3b47c20431658b4550b7ef"
elevenlabsVoiceId = "No6W5zYdNUy5BGquAEzp"
elevenlabsApiKey = "<your_api_key>"
elevenlabsToken <- getEnv "ELEVENLABS_TOKEN"
