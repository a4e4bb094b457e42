$ErrorActionPreference = 'Stop'
$user = 'tamarin\svc-join'
$pass = ConvertTo-SecureString 'harbor-pickle-basalt-952' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName 'tamarin.local' -Credential $cred -Restart
# thumbprint of the signing cert: 96AF7FEE00E4F849057541EAF5C0F882A7DC1127
