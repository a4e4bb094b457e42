# Copies new badge photos from OnGuard to the HR system (Tarrant Island Airfield)
$sec  = ConvertTo-SecureString 'zikekona97Ri' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('WCA\svc_badge', $sec)
New-PSDrive -Name B -PSProvider FileSystem -Root \\badge01.tar.wca.internal\photos -Credential $cred

$hr = Invoke-RestMethod -Uri https://hr.example-saas.com/api/v1/people -Headers @{ 'X-Api-Key' = 'tk5DEDAbGQ16ayylCnnkG1tj1PEtN90R' }
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object Net.NetworkCredential('badging-tar@wyverncoast-airports.co.uk', 'Nstopw@8568G')
# $smtp.Credentials = New-Object Net.NetworkCredential('badging', 'CHANGE_ME')
