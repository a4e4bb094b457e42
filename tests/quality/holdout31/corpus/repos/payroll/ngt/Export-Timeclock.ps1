# nightly timeclock -> payroll export for Northgate DC
$pair = "payexport:Kelvin7709diesel"
$hdr = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }
Invoke-RestMethod -Uri "https://clock-ngt.kelvinhold.internal/api/punches?day=yesterday" -Headers $hdr -OutFile punches.csv
$sec = ConvertTo-SecureString "Convoy2026$" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("KELVIN\svc_payroll", $sec)
& "C:\Program Files (x86)\WinSCP\WinSCP.com" /command "open sftp://kh_ngt_pay:x0cZhtIYW3gmB1ke@sftp.payfast.example/ -hostkey=*" "put punches.csv" "exit"
$legacy = New-Object System.Net.NetworkCredential("ukg_api", "@BQxH9CpaT8OQa0ag5usL=")
# employee ids are fine to log: 33063492
