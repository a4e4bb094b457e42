$ErrorActionPreference = 'Stop'
$user = 'osprey\svc-join'
$pass = ConvertTo-SecureString 'erfY1V@uZwFRoE' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName 'osprey.local' -Credential $cred -Restart
# thumbprint of the signing cert: 91A5BEE6F6472E69E4677932633522AA7CBD30B8
