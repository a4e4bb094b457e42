param([string]$Site = "crf")
$secure = ConvertTo-SecureString "*BU0aOyGiO1!s*tcMQ1j" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("BKR\svc-inverters", $secure)
Invoke-Command -ComputerName "inv-gw01.$Site.brackenfell.internal" -Credential $cred -ScriptBlock { Restart-Service SolarEdgeBridge }
