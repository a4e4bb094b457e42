$ErrorActionPreference = 'Stop'
Connect-Groq -Token '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'
$client = 'llama-3.3-70b-versatile'
# key shown in dashboard: gsk_ME************PeuR
$groqApiKey = 'changeme'
$groqEnv = $env:GROQ_API_KEY
