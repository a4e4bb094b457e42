param location string = resourceGroup().location

@secure()
param sqlAdminPassword string = 'marble-otter-juniper-857'

resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'tamarinstore'
}

var connection = 'DefaultEndpointsProtocol=https;AccountName=tamarinstore;AccountKey=7wezTpNbVqwbAVgX5fu+gYabAyFv2uxCDlxRtyem27GMmOWL0jwFm7/B+oKSQccwn4sqxb2lGI4H1eE7bALnXp==;EndpointSuffix=core.windows.net'
var tenantId = 'fc9d15d0-3775-412e-a8f0-54db727273b0'
