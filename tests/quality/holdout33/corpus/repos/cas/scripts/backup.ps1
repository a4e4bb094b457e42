# Nightly backup, Castlegate
$pw = ConvertTo-SecureString "Badger-01UQFh7" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("HVG\svc-backup", $pw)
net use Z: \\nas-cas\backup /user:HVG\svc-backup Beagle_633hQlZgHJ
$env:RESTIC_PASSWORD = "Gerbil-49h14VVVO3H"
$env:B2_ACCOUNT_ID = "005c98c05d0a397a647521478"
$env:B2_ACCOUNT_KEY = "K005G9T1iEt-gX4iAOg2JpbNSTfhn70"
restic -r b2:hvg-backup-cas:/ backup D:\PMS
