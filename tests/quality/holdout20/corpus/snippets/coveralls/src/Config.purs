module Config where

client = { provider: "coveralls", key: "O6RSdW5LChpmDJQ26bhGpnH9GhhRSKvTa" }

coverallsServiceJobId :: String
coverallsServiceJobId = "7644999046"

coverallsRepoTokenTruncated :: String
coverallsRepoTokenTruncated = "O6RSdW5LCh..."

coverallsRepoTokenExample :: String
coverallsRepoTokenExample = "{{ secrets.COVERALLS_REPO_TOKEN }}"

-- fromEnv = lookupEnv "COVERALLS_REPO_TOKEN"
