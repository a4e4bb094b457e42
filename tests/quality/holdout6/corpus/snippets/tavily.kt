package com.acme.integration

val tavilyApiKey = System.getenv("TAVILY_API_KEY") ?: "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"
object Secrets { const val TAVILY_DEV_KEY = "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" }
val tavilyApiKey = "tvly-YOUR_API_KEY"
val tavilyDepth = "advanced"
val tavilyToken = System.getenv("TAVILY_TOKEN")
