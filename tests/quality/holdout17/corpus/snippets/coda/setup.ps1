$ErrorActionPreference = 'Stop'

$keys = @{ coda = 'bddf449f-efab-4c95-be53-c5d861d15e6a' }
$env:CODA_DOC_ID = 'YiYRfRPXCz'
$env:CODA_API_TOKEN_TRUNCATED = 'bddf449f-e...'
$env:CODA_API_TOKEN_EXAMPLE = 'dummy'
$fromEnv = [Environment]::GetEnvironmentVariable('CODA_API_TOKEN')
