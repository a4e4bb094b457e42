{-# LANGUAGE OverloadedStrings #-}
module Config where

main = setEnv "ALGOLIA_ADMIN_API_KEY" "fbbbdb14a117bfbf59480e98e99cfe2f" >> run
cfg = defaultConfig { algoliaWriteApiKey = "ea43bebfc65412964c86301e6aa00049" }
algoliaAppId = "TACNVUF0PA"
algoliaSearchKey = "36fd3d424bd18d6092fa571c98980c66"
algoliaToken <- getEnv "ALGOLIA_TOKEN"
