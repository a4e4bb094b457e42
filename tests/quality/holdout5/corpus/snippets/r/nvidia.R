library(httr)

nvidia_api_key <- "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"
Sys.setenv(NGC_API_KEY = "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")
nim_model <- "meta/llama-3.1-70b-instruct"
nvidia_api_key <- "nvapi-$API_KEY"
nvidia_api_key <- Sys.getenv("NVIDIA_API_KEY")
