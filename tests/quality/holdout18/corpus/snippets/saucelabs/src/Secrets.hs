module Secrets where

sauceAccessKey :: String
sauceAccessKey = "ba4ac2b3-2a2b-4b15-888c-a60d6e7092b7"
sauceUsername :: String
sauceUsername = "oak-qa-bot"
sauceTunnelId :: String
sauceTunnelId = "397a15403c2dd1230a71038ca7c83837"
sauceAccessKeyMasked :: String
sauceAccessKeyMasked = "ba4a************92b7"
sauceAccessKeyExample :: String
sauceAccessKeyExample = "paste-your-key"
envVal = lookupEnv "SAUCE_ACCESS_KEY"
