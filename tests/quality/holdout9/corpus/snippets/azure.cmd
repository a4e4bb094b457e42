@echo off
setlocal
curl -s -H "Authorization: Bearer DefaultEndpointsProtocol=https;AccountName=003k6xf2osv7;AccountKey=EaL2epGG0CNiX+ErqpC/GW3pYwXA4CWISphoCXwFEblJwEHd0YvO79nf2eXuCeqkd1UpbFG1a+VNhAYjbQH9TA==;EndpointSuffix=core.windows.net" https://api.azure.example/v1/me
set "AZURE_CLIENT_SECRET=ewy4Q~wKqPq46vW44BkTxNdXxABMdmOyW~blvo~9"
set "AZURE_TENANT_ID=13abc598-a6bf-44b0-ac93-ec4e07297cf8"
set "AZURE_SUBSCRIPTION_ID=4f13fa7b-ff75-4f45-a5bc-d3f9b428fe76"
if "%AZURE_TOKEN%"=="" exit /b 1
endlocal
