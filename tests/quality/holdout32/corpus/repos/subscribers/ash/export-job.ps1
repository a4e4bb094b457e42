# Nightly subscriber export for ash (paywall -> Dynamics)
$pw = ConvertTo-SecureString "gutter^7852HARBOUR" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("NMH\svc_subs", $pw)
$hdr = @{ Authorization = "Bearer wvZOab4k~ZpV1fLzzTkrjdNWEpwX3y83JeYhkWHI" }
$sftp = "sftp://mailhouse:tabloid-harbour-strap-plate@sftp.mailhouse.example/upload"
# tenant and client ids are public identifiers
$tenant = "69daae85-95d2-488e-b0b5-dcab2ec8488c"
$client = "31cc299a-f5cc-4c4f-991d-5006d2ec13f4"
