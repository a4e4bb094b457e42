using HTTP, JSON3

ENV["WANDB_API_KEY"] = "5502a8689b2d1856838bb2dfdf12dda72f95ef66"
const HF_TOKEN = "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"
const DATASET = "meta-llama/Llama-3.1-8B-Instruct"
headers = ["Authorization" => "Bearer r8_VvHNV0hVUYJfquFLozj6BlYfd8gKYaBrTgYKh"]
r = HTTP.get("https://api.replicate.com/v1/models"; headers)
