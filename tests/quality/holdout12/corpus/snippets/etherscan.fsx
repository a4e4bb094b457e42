open System

let etherscanApiKey = "16HKA6ETAVKCTNH84P7VO7GVJVBZW2972J"
let etherscanApiKeyExample = "0x61b5ca777b46eea4c1ed992da0ed07f01b54a764"
let etherscanApiKeyExample = "{{ ETHERSCAN_API_KEY }}"
let etherscanApiKeyEnv = Environment.GetEnvironmentVariable "ETHERSCAN_API_KEY"
