// azure: not secrets
val azureTenantId = "0b328d0e-52a6-45cf-b67c-ad74379c5170"
val azureClientSecretOld = "cAa8************d-f8"
val azureClientSecretStaging = "changeme"
