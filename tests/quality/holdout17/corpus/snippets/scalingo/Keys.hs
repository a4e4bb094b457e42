module Keys where

scalingoApiToken :: String
scalingoApiToken = "tk-us-z9z25OPld1BkLY7wmvZFGMWBrYQJBIaLg4ooG7xtGa8G859y"
scalingoAppName :: String
scalingoAppName = "wren-api-staging"
scalingoApiTokenSha256 :: String
scalingoApiTokenSha256 = "6d83ba2502870ee270fd0944e8a194d22fe05c8efbc06a049bf9cc4d7dbfe8eb"
scalingoApiTokenExample :: String
scalingoApiTokenExample = "XXXXXXXXXXXXXXXXXXXX"
fromEnv = lookupEnv "SCALINGO_API_TOKEN"
