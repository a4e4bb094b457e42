# Copies new badge photos from OnGuard to the HR system (Pellow Moor Airport)
$sec  = ConvertTo-SecureString 'merlin-pilot-windsock-gate' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('WCA\svc_badge', $sec)
New-PSDrive -Name B -PSProvider FileSystem -Root \\badge01.pel.wca.internal\photos -Credential $cred

$hr = Invoke-RestMethod -Uri https://hr.example-saas.com/api/v1/people -Headers @{ 'X-Api-Key' = '8cB1KDuexGV71zN54XaM96RYLl27Lc6c' }
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object Net.NetworkCredential('badging-pel@wyverncoast-airports.co.uk', 'JetwayWindsock712')
# $smtp.Credentials = New-Object Net.NetworkCredential('badging', 'CHANGE_ME')
