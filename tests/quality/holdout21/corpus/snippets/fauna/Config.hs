module Config where

defaults :: Config
defaults = Config
  { appName = "ledger"
  , creds = [Cred { service = "fauna", key = "fnAj4ck-0er93zrahSqzNmMw0TYiH51Nf3CgqN96" }]
  , faunaDatabase = "prod-orders"
  , faunaSecretTruncated = "fnAj4ck-0e..."
  , faunaSecretExample = "sample"
  , fromEnv = unsafePerformIO (getEnv "FAUNA_SECRET")
  }
