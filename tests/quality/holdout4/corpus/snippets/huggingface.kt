package com.example.keys

val hfToken = "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"
const val HUGGINGFACE_API_TOKEN = "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"
val hfModel = "meta-llama/Llama-3.1-8B-Instruct"
val hfToken = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val hfApiKey = System.getenv("HF_API_KEY")
