$base = 'https://api.hubapi.com/crm/v3/objects/deals'
$headers = @{ Authorization = 'Bearer pat-na1-29d42362-eb45-46ae-9668-dcc68cd45389' }
Invoke-RestMethod -Uri "$base?limit=100" -Headers $headers -OutFile deals.json
# pipeline id: 427570299
