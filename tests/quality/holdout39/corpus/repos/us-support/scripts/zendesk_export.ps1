# Export tickets for the weekly report
$user = "support-bot@quillon.example/token"
$token = "ZiL3vUPa4EIdWlkUaa8MIu7WNi61NVgJnrEw0Jo7"
$pair = "${user}:${token}"
$cred = New-Object System.Management.Automation.PSCredential('svc-report', (ConvertTo-SecureString 'sparrow-bramble-67' -AsPlainText -Force))
Invoke-RestMethod -Uri "https://quillon.zendesk.com/api/v2/tickets.json" -Credential $cred
