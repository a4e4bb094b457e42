$secure = ConvertTo-SecureString "nN-sueUvmPXEa*JOAE" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-seed", $secure)
Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -InputFile seed.sql
Connect-AzAccount -ServicePrincipal -Tenant f32433e3-60fc-492e-be05-e7197f642cd6 -Credential (New-Object PSCredential("a1dba317-012f-4fe0-a2bf-b253766bc795", (ConvertTo-SecureString "m8O8Q~6HVw4KrhZ13ISmyDMnlfSSc4BEouQ2.Pzx" -AsPlainText -Force)))
