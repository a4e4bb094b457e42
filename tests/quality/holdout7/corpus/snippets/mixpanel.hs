{-# LANGUAGE OverloadedStrings #-}
module Config where

mixpanelApiSecret :: Text
mixpanelApiSecret = "b7c056ebc875e5b10c7ac1ff65255845"
defaultCfg = Cfg { cfgToken = "qg3USjiIteunHIRTTrMinyx8k1Oqcv1U", cfgRetries = 3 }
mixpanelToken = "4bfe513214825007e2e756aa04ab2203"
mixpanelServiceAccountUsername = "ci.dksrtf.mp-service-account"
mixpanelToken <- getEnv "MIXPANEL_TOKEN"
