module Config exposing (..)

nvidiaApiKey : String
nvidiaApiKey =
    "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"

nvidiaModel : String
nvidiaModel =
    "nvidia/llama-3.1-nemotron-70b-instruct"

nvidiaApiKeyMasked : String
nvidiaApiKeyMasked =
    "nvap************lTWp"

nvidiaApiKeyExample : String
nvidiaApiKeyExample =
    "YOUR_NVIDIA_API_KEY_HERE"

-- NVIDIA_API_KEY is passed in through flags
