$base = 'https://api.hubapi.com/crm/v3/objects/deals'
$headers = @{ Authorization = 'Bearer pat-na1-6e713cbe-1500-421e-a0ed-4775a35ceac0' }
Invoke-RestMethod -Uri "$base?limit=100" -Headers $headers -OutFile deals.json
# pipeline id: 658638845
