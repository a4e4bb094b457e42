# staff rostering export to the payroll share, Grauwand
$secure = ConvertTo-SecureString 'NW=b04-X#M7=Z.' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('ALPENBAHN\svc-roster', $secure)
net use R: \\files-grw\roster /user:ALPENBAHN\svc-roster u%.UsomktpzDu8
Invoke-RestMethod -Uri https://api.planday.example/v1/shifts -Headers @{ 'X-ClientId' = 'ae65a43c-3c59-4050-9988-7831b4cb67e9'; Authorization = 'Bearer IZqL8Qq0MCJafdDeVq92NoSc5Y3MMiSyFLG6psPQ' }
