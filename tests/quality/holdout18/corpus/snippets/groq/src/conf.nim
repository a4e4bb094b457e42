const
  groqApiKey* = "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"
  groqModelName* = "llama-3.1-8b-instant"
  groqApiKeySha256* = "fbcc94f597683243f3b85cd2fe297c288abc44346abcc4a97aca9bd773279835"
  groqApiKeyExample* = "************"
  fromEnv* = getEnv("GROQ_API_KEY")
