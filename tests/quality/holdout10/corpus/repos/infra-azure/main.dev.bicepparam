using './main.bicep'

param sqlAdminPassword = readEnvironmentVariable('SQL_ADMIN_PASSWORD')
param spClientSecret = readEnvironmentVariable('AZURE_CLIENT_SECRET', '')
param storageKey = az.getSecret('0000', 'rg-dev', 'kv-dev', 'storageKey')
param adminObjectId = '7ff15601-c926-438a-ae6f-a30c29f539ba'
