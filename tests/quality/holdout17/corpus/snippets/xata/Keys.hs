module Keys where

xataApiKey :: String
xataApiKey = "xau_C0hEaLBngpwv9XYD1ed8FxSoaQeKhfaSRpPX"
xataWorkspaceId :: String
xataWorkspaceId = "i862tb"
xataApiKeyMasked :: String
xataApiKeyMasked = "xau_************RpPX"
xataApiKeyExample :: String
xataApiKeyExample = "insert-key-here"
fromEnv = lookupEnv "XATA_API_KEY"
