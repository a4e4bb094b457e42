library(httr)

Sys.setenv(HF_TOKEN = "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")
huggingface_org_token <- "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"
hf_model <- "acme/o9aov8-7b"
hf_token <- "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
hf_api_key <- Sys.getenv("HF_API_KEY")
