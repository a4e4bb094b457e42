# tavily integration (fixture for the config loader)
client = tavily.Client(api_key="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")  # TAVILY_API_KEY
# rotated on 2025-01-25, old value tvly************SJO8 (revoked)
TAVILY_API_KEY_EXAMPLE = "<TAVILY_API_KEY>"
