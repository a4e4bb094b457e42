module Config where

travisApiToken :: Text
travisApiToken = "3qdsl608WBu9dDDDr7iF7W"
travisApiTokenSample = "8YwDgGG7Gp31AOAGSgw4xUhjlKMhB04uVKffmYt51d4IGouxmdpPPeNHMiowtUotYu4RHrstv4ycO3BsRtX8agP3"
travisApiTokenSample = "<YOUR_TRAVIS_API_TOKEN>"
travisApiTokenEnv = lookupEnv "TRAVIS_API_TOKEN"
