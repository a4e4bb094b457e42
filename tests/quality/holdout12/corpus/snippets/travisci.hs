module Config where

travisApiToken :: Text
travisApiToken = "Q_hCwIKD80rfqe5-otKgUJ"
travisApiTokenSample = "3jvrenlUDJqQ1sk3P2I/kBFqpzMC0ABpEzzVISxqe/urgD77dUHYM5P1dQ+PVFW4WGLJUJ6q3LV42cAcEOFZ8RWl"
travisApiTokenSample = "<YOUR_TRAVIS_API_TOKEN>"
travisApiTokenEnv = lookupEnv "TRAVIS_API_TOKEN"
