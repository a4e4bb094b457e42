$env:HUBSPOT_ACCESS_TOKEN = 'pat-na1-93a9a796-5228-447d-96c8-dc205e9a8c92'
$headers = @{ Authorization = "Bearer $env:HUBSPOT_ACCESS_TOKEN" }
Invoke-RestMethod -Uri 'https://api.hubapi.com/crm/v3/objects/deals?limit=100' -Headers $headers
