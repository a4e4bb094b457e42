# langsmith integration (Thornbury Glasshouses, climate and orders platform)
$env:LANGSMITH_API_KEY = "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"
$env:LANGSMITH_PROJECT = "greenhouse-agent"
$env:EXAMPLE_LANGSMITH_API_KEY = "$(LANGSMITH_API_KEY)"
