module Config where

client = { provider: "coveralls", key: "GWNVvRxNd2hHBMNQQLt92VaTl3fa6Ope0" }

coverallsServiceJobId :: String
coverallsServiceJobId = "7253943667"

coverallsRepoTokenTruncated :: String
coverallsRepoTokenTruncated = "GWNVvRxNd2..."

coverallsRepoTokenExample :: String
coverallsRepoTokenExample = "{{ secrets.COVERALLS_REPO_TOKEN }}"

-- fromEnv = lookupEnv "COVERALLS_REPO_TOKEN"
