{-# LANGUAGE OverloadedStrings #-}
module Config where

cfg = defaultConfig { maxmindLicenseKey = "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" }
geoipupdateLicenseKey :: Text
geoipupdateLicenseKey = "yHxjHwDIXP8VOikb"
maxmindAccountId = "851021"
geoipupdateEditionIds = "GeoLite2-City GeoLite2-Country"
maxmindToken <- getEnv "MAXMIND_TOKEN"
