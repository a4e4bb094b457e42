{-# LANGUAGE OverloadedStrings #-}
module Config where

main = setEnv "SENDBIRD_API_TOKEN" "a036a6d7b08d14a4cb76d0e6161f9188a6fccdff" >> run
cfg = defaultConfig { sendbirdMasterToken = "af0a0e4aead109afd03be5b45e63da98c7b6f4e2" }
sendbirdAppId = "8A48BB9C-8678-48FB-BC2A-4DF5D48B6E3B"
sendbirdBotUser = "support-bot"
sendbirdToken <- getEnv "SENDBIRD_TOKEN"
