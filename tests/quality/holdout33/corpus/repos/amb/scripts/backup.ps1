# Nightly backup, Ambleside
$pw = ConvertTo-SecureString "Spaniel-21vLZJPb70l" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("HVG\svc-backup", $pw)
net use Z: \\nas-amb\backup /user:HVG\svc-backup Collie_49BFianS1u
$env:RESTIC_PASSWORD = "Maine!87ZWnbMbaa"
$env:B2_ACCOUNT_ID = "005c9701c944b048db392c78d"
$env:B2_ACCOUNT_KEY = "K005TM1LeL1DDzadwFeIr3-hinWo_DB"
restic -r b2:hvg-backup-amb:/ backup D:\PMS
