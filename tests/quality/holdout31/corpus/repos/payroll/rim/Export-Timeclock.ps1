# nightly timeclock -> payroll export for Rimedge port depot
$pair = "payexport:dobobiji4HUWO"
$hdr = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }
Invoke-RestMethod -Uri "https://clock-rim.kelvinhold.internal/api/punches?day=yesterday" -Headers $hdr -OutFile punches.csv
$sec = ConvertTo-SecureString "Yaiqtm239p#57" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("KELVIN\svc_payroll", $sec)
& "C:\Program Files (x86)\WinSCP\WinSCP.com" /command "open sftp://kh_rim_pay:Spring2026%21chiller@sftp.payfast.example/ -hostkey=*" "put punches.csv" "exit"
$legacy = New-Object System.Net.NetworkCredential("ukg_api", "ember_orbit_cinder_99")
# employee ids are fine to log: 93856346
