$ErrorActionPreference = 'Stop'
$user = 'TBG\svc-pumps'
$secure = ConvertTo-SecureString 'Willow1997#' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Invoke-Command -ComputerName pumps-sel -Credential $cred -ScriptBlock { Restart-Service PumpCtl }
