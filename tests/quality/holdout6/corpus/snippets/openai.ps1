$ErrorActionPreference = 'Stop'

$env:OPENAI_API_KEY = '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'
$headers = @{ Authorization = "Bearer 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" }
$env:OPENAI_SVC_KEY = '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'
$openaiOrgId = 'org-iB0BYN4Db6NPbC1Erm3EGd9s'
$openaiProjectId = 'proj_7QwCsTiKuskAn2huQ2XmEEke'
$openaiToken = $env:OPENAI_TOKEN
