$ErrorActionPreference = 'Stop'
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer e7b66cfc4afcccc3123b965858256d319900fd5f" }
$pipedriveCompanyId = "2482064"
$pipedriveApiTokenMasked = "faf40f************06a4"
$pipedriveApiTokenExample = "YOUR_API_KEY_HERE"
$fromEnv = $env:PIPEDRIVE_API_TOKEN
