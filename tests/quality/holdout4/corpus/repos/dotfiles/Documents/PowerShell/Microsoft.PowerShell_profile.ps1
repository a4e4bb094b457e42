Import-Module posh-git
$env:GITHUB_TOKEN = "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"
$env:AZURE_DEVOPS_EXT_PAT = 'n4vuk9y3j707esoeiubwi6d6qlrsje7dcyno0z6y32s6pj047zaa'
$env:OPENAI_API_KEY = "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"
[Environment]::SetEnvironmentVariable("ANTHROPIC_API_KEY", "sk-ant-api03-yCRAc5xkq7Ipj7dq_IJxfnz_lVtdazhrNBY1gGc1JLcjO01TwzMq3ohoyQNA5qRcC-wKY9_--pSXIF7NRB-YpKUZuyGCFAA", "User")
$cred = New-Object System.Management.Automation.PSCredential("svc-deploy", (ConvertTo-SecureString "988qIq0vKHIixMCp-l" -AsPlainText -Force))
$env:AZURE_TENANT_ID = "495e0960-3ca0-4d52-bb6e-df9f2132c12b"
$env:AZURE_CLIENT_SECRET = "UZj8Q~KISerdXsOUie7esHMsxXhmMKvOg8oau"
function Connect-Prod { Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID }
Set-Alias k kubectl
