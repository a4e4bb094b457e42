import os

let c = Creds(service: "codecov", key: "0af0c7a1-a5fb-469a-997d-7112accd7257")
const codecovCommitSha = "d32e1f82c371a5c1856a445bf5c016d76b4e0f67"
const codecovFlag = "unittests"
const codecovTokenTruncated = "0af0c7a1-a..."
const codecovTokenExample = "sample"
let k = getEnv("CODECOV_TOKEN")
