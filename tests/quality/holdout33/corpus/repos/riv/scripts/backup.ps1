# Nightly backup, Riverton
$pw = ConvertTo-SecureString "Whippet!03Cfwh0" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("HVG\svc-backup", $pw)
net use Z: \\nas-riv\backup /user:HVG\svc-backup Collie-11vdhYBZ9zi
$env:RESTIC_PASSWORD = "Gerbil-25aDbTjNr"
$env:B2_ACCOUNT_ID = "0052d6a7083a800012e1b5d06"
$env:B2_ACCOUNT_KEY = "K005yjf1UwVe_ctn9kqTXYF7_Klv7Hj"
restic -r b2:hvg-backup-riv:/ backup D:\PMS
