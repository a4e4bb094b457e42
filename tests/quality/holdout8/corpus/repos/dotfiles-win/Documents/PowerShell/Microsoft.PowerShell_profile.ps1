# oh-my-posh + tokens for the CLIs
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression
Import-Module posh-git

$env:GITHUB_TOKEN = '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'
$env:OPENAI_API_KEY = "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"
$env:AZURE_CLIENT_ID = 'ef773dce-8427-4fb9-90d1-d218d26171ff'
$env:AZURE_CLIENT_SECRET = '7uk8Q~IFivhlqZ86Zjgx4gjqFO1iFW1clg2L4pG8'
$env:AZURE_TENANT_ID = '14b51232-e261-4bbc-8ba8-70f36bfd3394'
$env:NUGET_API_KEY = (Get-Secret -Name NuGetApiKey -AsPlainText)
Set-Item -Path Env:HF_TOKEN -Value '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'
function gpt { param($q) Invoke-RestMethod https://api.openai.com/v1/responses -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" } -Body $q }
