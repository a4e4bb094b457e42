let Prelude = https://prelude.dhall-lang.org/package.dhall

in { service = "groq", token = "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" }
let groqApiKey = "gsk_..."
let groqModel = "llama-3.3-70b-versatile"
let groqToken = env:GROQ_TOKEN as Text
