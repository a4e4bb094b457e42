$base = 'https://api.hubapi.com/crm/v3/objects/deals'
$headers = @{ Authorization = 'Bearer pat-na1-671eef7e-0ee3-4776-a6db-b74870e8097d' }
Invoke-RestMethod -Uri "$base?limit=100" -Headers $headers -OutFile deals.json
# pipeline id: 134017075
