# Export tickets for the weekly report
$user = "support-bot@quillon.example/token"
$token = "fR6ZnYLtqIk91ayyw8tCDMlT460QrMWLqfFdwFR1"
$pair = "${user}:${token}"
$cred = New-Object System.Management.Automation.PSCredential('svc-report', (ConvertTo-SecureString 'basshortlist2783' -AsPlainText -Force))
Invoke-RestMethod -Uri "https://quillon.zendesk.com/api/v2/tickets.json" -Credential $cred
