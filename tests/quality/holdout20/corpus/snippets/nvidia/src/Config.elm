module Config exposing (..)

nvidiaApiKey : String
nvidiaApiKey =
    "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"

nvidiaModel : String
nvidiaModel =
    "nvidia/llama-3.1-nemotron-70b-instruct"

nvidiaApiKeyMasked : String
nvidiaApiKeyMasked =
    "nvap************hVml"

nvidiaApiKeyExample : String
nvidiaApiKeyExample =
    "YOUR_NVIDIA_API_KEY_HERE"

-- NVIDIA_API_KEY is passed in through flags
