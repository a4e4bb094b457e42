$ErrorActionPreference = 'Stop'
$user = 'SMFC\svc-scalehouse'
$pw = ConvertTo-SecureString 'Bluefin1962!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name S -PSProvider FileSystem -Root \\scale.dnm.smfc.internal\export -Credential $cred
$env:AZURE_CLIENT_SECRET = 'dar8Q~sOyknuBIkrV3K0fCb7VhNnploeAW-3H7pw'
# thumbprint of the signing cert (public)
$thumb = '0C8C869A05B792484DFF0236E96936F7059F6D77'
