# frozen_string_literal: true

# openrouter integration (Thornbury Glasshouses, climate and orders platform)
ENV["OPENROUTER_API_KEY"] ||= "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"
ENV["OR_MODEL"] ||= "anthropic/claude-3.5-haiku"
ENV["EXAMPLE_OPENROUTER_API_KEY"] ||= "$(OPENROUTER_API_KEY)"
