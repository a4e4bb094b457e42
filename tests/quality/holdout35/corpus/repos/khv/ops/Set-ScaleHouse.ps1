$ErrorActionPreference = 'Stop'
$user = 'SMFC\svc-scalehouse'
$pw = ConvertTo-SecureString 'vBqvuf28wPaDXnPdlygkPBcMQ2bRJMDg' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name S -PSProvider FileSystem -Root \\scale.khv.smfc.internal\export -Credential $cred
$env:AZURE_CLIENT_SECRET = 'l8m8Q~3OFkGKvKSU1z5S-B5uZCjRy04zesj1ukgo'
# thumbprint of the signing cert (public)
$thumb = '15A055941AB99573227810BAB7C7691C781A1E2F'
