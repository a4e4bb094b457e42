module Config where

data Config = Config
  { cfgDbUrl :: String
  , cfgStripeKey :: String
  , cfgSentryDsn :: String
  }

defaultConfig :: Config
defaultConfig = Config
  { cfgDbUrl = "postgresql://servant:XtfIRUaOSQHSIdsHGO@127.0.0.1:5432/tallow"
  , cfgStripeKey = "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"
  , cfgSentryDsn = "https://059cc09f3653e7e9fc08596c4baf3da8@o665753.ingest.sentry.io/1235396"
  }
