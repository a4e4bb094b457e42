$ErrorActionPreference = 'Stop'
$user = 'TBG\svc-pumps'
$secure = ConvertTo-SecureString 'XAMRc.%6ZC5TV.EAZ15v' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Invoke-Command -ComputerName pumps-ash -Credential $cred -ScriptBlock { Restart-Service PumpCtl }
