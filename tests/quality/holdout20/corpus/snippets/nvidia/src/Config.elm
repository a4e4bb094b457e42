module Config exposing (..)

nvidiaApiKey : String
nvidiaApiKey =
    "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"

nvidiaModel : String
nvidiaModel =
    "nvidia/llama-3.1-nemotron-70b-instruct"

nvidiaApiKeyMasked : String
nvidiaApiKeyMasked =
    "nvap************4XFF"

nvidiaApiKeyExample : String
nvidiaApiKeyExample =
    "YOUR_NVIDIA_API_KEY_HERE"

-- NVIDIA_API_KEY is passed in through flags
