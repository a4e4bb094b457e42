
groq_api_key = "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"
groq_model = "llama-3.3-70b-versatile"
groq_api_key = "gsk_..."
groq_token = var.groq_token
