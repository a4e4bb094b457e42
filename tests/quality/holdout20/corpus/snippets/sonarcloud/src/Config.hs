module Config where

sonarToken :: String
sonarToken = "70c9028cbd3501b3edb336b0e6c39bf12963c9cc"

client = Client { provider = "sonarcloud", apiKey = "sqco_7554382132db63d6a2ac6fec7267b790bc29ec65" }

sonarProjectKey :: String
sonarProjectKey = "acme_relay"

sonarTokenMasked :: String
sonarTokenMasked = "70c9************c9cc"

sonarTokenExample :: String
sonarTokenExample = "<SONAR_TOKEN>"

fromEnv = lookupEnv "SONAR_TOKEN"
