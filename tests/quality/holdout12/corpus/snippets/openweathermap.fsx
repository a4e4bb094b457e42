open System

let owmApiKey = "2f519869a7ed5ff3213d575b2183c4fa"
let owmApiKeyExample = "2440672"
let owmApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
let owmApiKeyEnv = Environment.GetEnvironmentVariable "OWM_API_KEY"
