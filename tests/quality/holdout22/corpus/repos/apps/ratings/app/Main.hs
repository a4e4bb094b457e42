module Main where

import Config (AppConfig (..))
import Server (runServer)

main :: IO ()
main =
  runServer
    AppConfig
      { cfgPort = 8081,
        cfgDbConn = "host=db dbname=ratings user=ratings password=ohrohqiez5c",
        cfgJwk = "IR33V77ep1pNGHbUush7N0rg3PNWpRTi8I0iBoAwa_k",
        cfgSlackHook = "https://hooks.slack.com/services/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"
      }
