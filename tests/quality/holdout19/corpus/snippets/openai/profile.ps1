# machine profile
$Keys = @{ openai = "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" }
$env:OPENAI_ADMIN_KEY = "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"
$env:OPENAI_ORG_ID = "org-6VsiRSALnF1Fc1BN8XTClNVm"
$env:OPENAI_PROJECT_ID = "proj_KlUdNl46fhs1wV94yFOXApzd"
$env:OPENAI_API_KEY_TRUNCATED = "sk-proj-ic..."
$env:OPENAI_API_KEY_EXAMPLE = "${OPENAI_API_KEY}"
$fromEnv = [Environment]::GetEnvironmentVariable("OPENAI_API_KEY")
