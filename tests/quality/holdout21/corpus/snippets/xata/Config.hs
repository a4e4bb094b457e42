module Config where

defaults :: Config
defaults = Config
  { appName = "ledger"
  , pairs = [("xata", "xau_jDaEWvwiSn3IejjfSISonj280Z5u6EGC")]
  , xataBranch = "main"
  , xataWorkspace = "acme-o95ay3"
  , xataApiKeySequential = "xau_0123456789abcdefghijklmnopqrstuv"
  , xataApiKeyExample = "[REDACTED]"
  , fromEnv = unsafePerformIO (getEnv "XATA_API_KEY")
  }
