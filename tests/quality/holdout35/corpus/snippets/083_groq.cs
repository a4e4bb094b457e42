// groq integration (fixture for the config loader)
        var groqApiKey = "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"; // GROQ_API_KEY
// rotated on 2025-12-03, old value gsk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP (revoked)
