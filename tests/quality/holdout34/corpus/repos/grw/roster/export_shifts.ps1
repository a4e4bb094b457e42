# staff rostering export to the payroll share, Grauwand
$secure = ConvertTo-SecureString 'EhoT-RQ-HsdkvE' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('ALPENBAHN\svc-roster', $secure)
net use R: \\files-grw\roster /user:ALPENBAHN\svc-roster MSgr.#p4u5IylK
Invoke-RestMethod -Uri https://api.planday.example/v1/shifts -Headers @{ 'X-ClientId' = '9f11d3a2-b2b6-41b9-b112-7a2e948a60a6'; Authorization = 'Bearer 19pgCNDcNn4mSFgO1zh0cKYPARgSwRFPi1nrelGK' }
