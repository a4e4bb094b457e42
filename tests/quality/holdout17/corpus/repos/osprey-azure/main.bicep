param location string = resourceGroup().location

@secure()
param sqlAdminPassword string = 'GlacierTundra68!'

resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'ospreystore'
}

var connection = 'DefaultEndpointsProtocol=https;AccountName=ospreystore;AccountKey=dZViZZRmUC/Jnm8P7QF6ZJSWaCGM2lOACdoBjux2Rbkhg1JfQ2RopIWMNTXUUI5+3eJipy418WTyZ9AHwch/KY==;EndpointSuffix=core.windows.net'
var tenantId = 'c2b63fd4-25f6-4a9e-a91a-1e795b947405'
