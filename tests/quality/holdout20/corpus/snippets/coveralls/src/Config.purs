module Config where

client = { provider: "coveralls", key: "HDgxqoFi9rQn6Wf8QZHKvEeqbyK7Jt0hV" }

coverallsServiceJobId :: String
coverallsServiceJobId = "9890683752"

coverallsRepoTokenTruncated :: String
coverallsRepoTokenTruncated = "HDgxqoFi9r..."

coverallsRepoTokenExample :: String
coverallsRepoTokenExample = "{{ secrets.COVERALLS_REPO_TOKEN }}"

-- fromEnv = lookupEnv "COVERALLS_REPO_TOKEN"
