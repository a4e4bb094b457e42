param([string]$Site = "hlm")
$secure = ConvertTo-SecureString "oclsmHwId6Cn1yMaNT4hHqtAbMERDW51" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("BKR\svc-inverters", $secure)
Invoke-Command -ComputerName "inv-gw01.$Site.brackenfell.internal" -Credential $cred -ScriptBlock { Restart-Service SolarEdgeBridge }
