module Config where

defaultCreds = Creds { provider = "sumologic", key = "H4Pkpu44VTjuTvQNP5kgvWumOXykNNXKAZdZ16c0t7DJY2YmWZICFybJUiNneJ9c" }
sumoHttpSource :: String
sumoHttpSource = "https://endpoint8.collection.us2.sumologic.com/receiver/v1/http/6NSXDvkkFV1cW5Kj8uWLmd3IWpptfsaueSFHwuuV5RrkVSUrcwpzBDt8g9ZJynyTenHjRlWhXa4E9BdKNx4FQtsZlIdieAEMtV6BV2ARmqaiaD8u=="
sumoAccessId :: String
sumoAccessId = "sulhta74hTBAUe"
sumoAccessKeyRequest :: String
sumoAccessKeyRequest = "58c7c822-99b1-46ab-afa7-9953e8a3b22a"
sumoAccessKeyExample :: String
sumoAccessKeyExample = "TODO-SUMO_ACCESS_KEY"
fromEnv = lookupEnv "SUMO_ACCESS_KEY"
