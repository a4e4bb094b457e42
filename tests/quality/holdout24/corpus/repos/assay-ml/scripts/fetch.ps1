$headers = @{
    "Authorization" = "Bearer 2vaY6ORKhKYzmoNq4Ow70AXssag0emWH"
    "Accept"        = "application/json"
}
$cred = New-Object System.Management.Automation.PSCredential("svc-assay", (ConvertTo-SecureString "ember_velvet_26" -AsPlainText -Force))
Invoke-RestMethod -Uri https://api.mistral.ai/v1/models -Headers $headers
