$base = 'https://api.hubapi.com/crm/v3/objects/deals'
$headers = @{ Authorization = 'Bearer pat-na1-d43b39db-34eb-46ea-a420-fad684aa3110' }
Invoke-RestMethod -Uri "$base?limit=100" -Headers $headers -OutFile deals.json
# pipeline id: 437489314
