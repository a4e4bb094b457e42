open System

let etherscanApiKey = "S3KRMY8CV0XZIYUAC3U73QHXOLK72718XW"
let etherscanApiKeyExample = "0x7f109c9a4d16baa04fe8087e551caca627d54f6c"
let etherscanApiKeyExample = "{{ ETHERSCAN_API_KEY }}"
let etherscanApiKeyEnv = Environment.GetEnvironmentVariable "ETHERSCAN_API_KEY"
