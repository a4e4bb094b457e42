$ErrorActionPreference = 'Stop'

Invoke-RestMethod -Uri 'https://api.harness.example/v1' -Headers @{ Authorization = 'Bearer pat.ED6UcVDxVZY6V6hThQNTlx.18f98834d736f4b4faa192df.aGFtMWNsq1y5KsKZ19wX' }
$env:HARNESS_SA_TOKEN = 'sat.tYyzfQlW1udCey5gjeT6At.df0e216899c1cb11f6fb0cf4.w5NJFbB2K0qVD3mRXVdX'
$env:HARNESS_ACCOUNT_ID = 'KWHd8EVJKVtayBNsmTitUR'
$env:HARNESS_API_KEY_SEQUENTIAL = 'pat.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
$env:HARNESS_API_KEY_EXAMPLE = '<HARNESS_API_KEY>'
$fromEnv = [Environment]::GetEnvironmentVariable('HARNESS_API_KEY')
