$pw = ConvertTo-SecureString '5SCwInuS5PMTllq-01dE' -AsPlainText -Force
New-ADUser -Name "van.driver" -AccountPassword $pw -Enabled $true
$cred = New-Object System.Management.Automation.PSCredential('BBS\svc-print', (ConvertTo-SecureString "headwind-derailleur-98" -AsPlainText -Force))
