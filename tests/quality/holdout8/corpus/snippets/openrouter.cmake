cmake_minimum_required(VERSION 3.24)

add_compile_definitions(OPENROUTER_API_KEY="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")
set(OPENROUTER_API_KEY "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")
set(OPENROUTER_API_KEY "sk-or-v1-...")
set(OPENROUTER_MODEL "anthropic/claude-sonnet-4")
set(OPENROUTER_TOKEN "$ENV{OPENROUTER_TOKEN}")
