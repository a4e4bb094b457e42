using './main.bicep'

param location = 'westeurope'
param sqlAdminLogin = 'tilladmin'
param sqlAdminPassword = 'v5djYRuF0JSbjWIGyZmTr2dWs1H8z3ux'
param appInsightsName = 'till-ai'
