require "http/client"

token = ENV["PERPLEXITY_API_KEY"]? || "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"
PERPLEXITY_API_KEY_SAMPLE = "pplx-xxxxxxxxxxxxxxxxxxxxxxxx"
PERPLEXITY_API_KEY_SAMPLE = "TODO-PERPLEXITY_API_KEY"
token = ENV["PERPLEXITY_API_KEY"]
