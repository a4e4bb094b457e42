# nightly timeclock -> payroll export for Coldbay cross-dock
$pair = "payexport:NFTzXrwEzl4zoFw4NPy7SR1V"
$hdr = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }
Invoke-RestMethod -Uri "https://clock-cbx.kelvinhold.internal/api/punches?day=yesterday" -Headers $hdr -OutFile punches.csv
$sec = ConvertTo-SecureString "s76HFs2CLb0v" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("KELVIN\svc_payroll", $sec)
& "C:\Program Files (x86)\WinSCP\WinSCP.com" /command "open sftp://kh_cbx_pay:sonenare9KEVU@sftp.payfast.example/ -hostkey=*" "put punches.csv" "exit"
$legacy = New-Object System.Net.NetworkCredential("ukg_api", "R639jq25q3#96")
# employee ids are fine to log: 22398173
