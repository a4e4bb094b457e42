using './main.bicep'

param location = 'westeurope'
param sqlAdminPassword = 'ANGWJCW7RPNPJA!dfo'
param spClientSecret = 'y0H8Q~5bp2mCSZ_lUqejKv-aM-mFB33zhuKXXh3D'
param tenantId = '413f73b7-aa41-4f1c-9745-257a20bee70d'
param storageKey = az.getSecret('sub', 'rg', 'kv-prod', 'storageKey')
