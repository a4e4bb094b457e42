open System

let owmApiKey = "2ff81ca9976963c176415c61812a2e77"
let owmApiKeyExample = "4957780"
let owmApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
let owmApiKeyEnv = Environment.GetEnvironmentVariable "OWM_API_KEY"
