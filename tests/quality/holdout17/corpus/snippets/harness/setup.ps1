$ErrorActionPreference = 'Stop'

Invoke-RestMethod -Uri 'https://api.harness.example/v1' -Headers @{ Authorization = 'Bearer pat.cv6FED6UcVDxVZY6V6hThQ.349c18f98834d736f4b4faa1.S6FxbeaGFtMWNsq1y5Ks' }
$env:HARNESS_SA_TOKEN = 'sat.UyutYyzfQlW1udCey5gjeT.e0bdf0e216899c1cb11f6fb0.ZfsJw5NJFbB2K0qVD3mR'
$env:HARNESS_ACCOUNT_ID = 'uq7uKWHd8EVJKVtayBNsmT'
$env:HARNESS_API_KEY_SEQUENTIAL = 'pat.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
$env:HARNESS_API_KEY_EXAMPLE = '<HARNESS_API_KEY>'
$fromEnv = [Environment]::GetEnvironmentVariable('HARNESS_API_KEY')
