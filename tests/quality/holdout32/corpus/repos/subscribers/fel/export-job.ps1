# Nightly subscriber export for fel (paywall -> Dynamics)
$pw = ConvertTo-SecureString "Galley2024*" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("NMH\svc_subs", $pw)
$hdr = @{ Authorization = "Bearer MWDMQGQW~HEhaoV1tAyl5M29q7HL2fjH5ABt8q9Y" }
$sftp = "sftp://mailhouse:tabloid_5745PLATE@sftp.mailhouse.example/upload"
# tenant and client ids are public identifiers
$tenant = "f75080fd-4a1c-4a2d-9ae4-5f693705cc7d"
$client = "62a8ef6d-41b7-42d9-87c3-4081c845924b"
