# Copies new badge photos from OnGuard to the HR system (Wyvern Coast International)
$sec  = ConvertTo-SecureString 'd029a0f5740d9ac412b3' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('WCA\svc_badge', $sec)
New-PSDrive -Name B -PSProvider FileSystem -Root \\badge01.wci.wca.internal\photos -Credential $cred

$hr = Invoke-RestMethod -Uri https://hr.example-saas.com/api/v1/people -Headers @{ 'X-Api-Key' = 'IDaoM50uw7FrZAvn8HqBvuj1JGjULFgr' }
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object Net.NetworkCredential('badging-wci@wyverncoast-airports.co.uk', 'Wyvern#2778stratus')
# $smtp.Credentials = New-Object Net.NetworkCredential('badging', 'CHANGE_ME')
