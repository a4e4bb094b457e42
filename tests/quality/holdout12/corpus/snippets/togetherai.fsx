open System

let togetherApiKey = "8b3b12994162cd1b6b064a2aa690be4318dfb1ff07c2cc917f2d1326303a450f"
let creds = { Name = "togetherai"; Secret = "tgp_v1_JKaMNjjUDFZqox6LElAUgMpC81XmoK8Sm1OlgURaYWA" }
let togetherApiKeyExample = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
let togetherApiKeyExample = "{{ TOGETHER_API_KEY }}"
let togetherApiKeyEnv = Environment.GetEnvironmentVariable "TOGETHER_API_KEY"
