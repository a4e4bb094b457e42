# staff rostering export to the payroll share, Laerchtal
$secure = ConvertTo-SecureString 'pj49XjBbSNmXUM' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('ALPENBAHN\svc-roster', $secure)
net use R: \\files-lar\roster /user:ALPENBAHN\svc-roster oql_PknK=kwz!1
Invoke-RestMethod -Uri https://api.planday.example/v1/shifts -Headers @{ 'X-ClientId' = '1724292b-a41d-4d89-9e75-934ecd9ad175'; Authorization = 'Bearer ZtPL52JdtCu7H9fYGzE6JBHDdY9VPJ3fxahwr8wG' }
