param location string = resourceGroup().location
@secure()
param sqlAdminPassword string = 'Ss3jYSV0RPEvYvXFPfLXLR4i5DaWMW1S'

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'qtl-kv-prod'
  location: location
  properties: {
    tenantId: 'e6a44a25-4cde-489e-bf68-efc2145f61f1'
    sku: { family: 'A', name: 'standard' }
  }
}
