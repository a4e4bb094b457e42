module Secrets where

gcoreApiToken :: String
gcoreApiToken = "77067$6d363de4bb7aae6c2360b36faa3a66dbde573ffac2b1c34b39df7aba28902ffd02fd42e715873c542c1767c5b3f493bffc048a28ee6581378c9f6ca5ec18b0eb"
gcoreProjectId :: String
gcoreProjectId = "904509"
gcoreApiTokenSha256 :: String
gcoreApiTokenSha256 = "6e82c1f5dc5276576fa8693bed0affc3454ac2509de7593bf4c6fb71420f5980"
gcoreApiTokenExample :: String
gcoreApiTokenExample = "************"
envVal = lookupEnv "GCORE_API_TOKEN"
