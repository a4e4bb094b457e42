{-# LANGUAGE OverloadedStrings #-}
module Config where

defaultCfg = Cfg { cfgToken = "api-25BE6F4F56A7ED9FC0DC7FDFBF06B995", cfgRetries = 3 }
smtp2goApiKey = "api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
smtp2goSender = "noreply@example.com"
smtp2goToken <- getEnv "SMTP2GO_TOKEN"
