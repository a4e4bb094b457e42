{-# LANGUAGE OverloadedStrings #-}
module Config where

fastlaneAppleApplicationSpecificPassword :: Text
fastlaneAppleApplicationSpecificPassword = "hysk-irne-bxlo-vsqn"
appStoreConnectKeyId = "6I8J76B2LA"
appStoreConnectIssuerId = "2c1eea1f-2659-44a7-8c96-6f46c6aa7d55"
appleToken <- getEnv "APPLE_TOKEN"
