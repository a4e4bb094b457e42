$secure = ConvertTo-SecureString "GsueUvmPXEa*JOAEz6" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-seed", $secure)
Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -InputFile seed.sql
Connect-AzAccount -ServicePrincipal -Tenant 32433e36-0fc1-42e7-a05e-7197f642cd6e -Credential (New-Object PSCredential("1dba3170-12f8-4e09-bbfb-253766bc795b", (ConvertTo-SecureString "7WR8Q~HVw4KrhZ13ISmyDMnlfSSc4BEouQ2.Pzx9" -AsPlainText -Force)))
