open System

let togetherApiKey = "6b5ed1daa6d0cab4fefc159a596b300250920ff86aeb371188212da27ce618bf"
let creds = { Name = "togetherai"; Secret = "tgp_v1_OCrQ1zKO8NoxtGS13MDWo0W0HL7KosfGKUBpzSNnodg" }
let togetherApiKeyExample = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
let togetherApiKeyExample = "{{ TOGETHER_API_KEY }}"
let togetherApiKeyEnv = Environment.GetEnvironmentVariable "TOGETHER_API_KEY"
