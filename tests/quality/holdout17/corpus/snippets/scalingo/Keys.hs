module Keys where

scalingoApiToken :: String
scalingoApiToken = "tk-us-1BkLY7wmvZFGMWBrYQJBIaLg4ooG7xtGa8G859yxtO8XdyC8"
scalingoAppName :: String
scalingoAppName = "wren-api-staging"
scalingoApiTokenSha256 :: String
scalingoApiTokenSha256 = "16a4ec81be7cb02cd47e7afb439d0c65192dbe0bc11fe50caf4ae34743ea09fb"
scalingoApiTokenExample :: String
scalingoApiTokenExample = "XXXXXXXXXXXXXXXXXXXX"
fromEnv = lookupEnv "SCALINGO_API_TOKEN"
