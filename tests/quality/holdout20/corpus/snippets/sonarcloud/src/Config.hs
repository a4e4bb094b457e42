module Config where

sonarToken :: String
sonarToken = "632dd1b63ed2ae2b1e327782170c9028cbd3501b"

client = Client { provider = "sonarcloud", apiKey = "sqco_3edb336b0e6c39bf12963c9cc7554382132db63d" }

sonarProjectKey :: String
sonarProjectKey = "acme_ledger"

sonarTokenMasked :: String
sonarTokenMasked = "632d************501b"

sonarTokenExample :: String
sonarTokenExample = "<SONAR_TOKEN>"

fromEnv = lookupEnv "SONAR_TOKEN"
