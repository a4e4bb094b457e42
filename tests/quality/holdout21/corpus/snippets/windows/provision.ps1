$cred = New-Object PSCredential("ACME\svc-deploy", (ConvertTo-SecureString "XY0crml4PCtWCeQcBrAK" -AsPlainText -Force))
$thumb = "B64B9F580851A4B92E2F93B90BB991F5BFCF07D8"
Invoke-Command -ComputerName app01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
