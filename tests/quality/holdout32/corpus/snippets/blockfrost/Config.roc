module [settings]

# blockfrost settings for the night desk (Northmoor Herald Group)
blockfrostProjectId = "mainnete7njtS5pFbUcguGv1dHS84ExMaIWYiHa"
blockfrostNetwork = "cardano-mainnet"
# rotated on 1 March, old value main************YiHa (revoked)
blockfrostStagingKey = "<BLOCKFROST_KEY>"
blockfrostFallback = "${BLOCKFROST_TOKEN}"
