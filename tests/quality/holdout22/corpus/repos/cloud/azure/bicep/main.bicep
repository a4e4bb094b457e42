param location string = resourceGroup().location
@secure()
param sqlAdminPassword string = 'NadiasBike#753'

resource sql 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: 'larch-sql'
  location: location
  properties: {
    administratorLogin: 'larchadmin'
    administratorLoginPassword: sqlAdminPassword
  }
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = { name: 'larch-kv' }
output tenant string = '442a6493-2d0e-4f05-85d4-008ed29598ab'
