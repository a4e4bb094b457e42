package com.example.keys

val langsmithApiKey = "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"
const val LANGCHAIN_API_KEY = "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"
val langsmithProject = "acme-agents"
val langsmithEndpoint = "https://api.smith.langchain.com"
val langsmithApiKey = System.getenv("LANGSMITH_API_KEY")
