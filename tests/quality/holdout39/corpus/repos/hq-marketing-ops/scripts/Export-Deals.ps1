$headers = @{ Authorization = "Bearer pat-na1-346bbe00-a543-4d05-a6fc-d0a6cff3a84c" }
Invoke-RestMethod -Uri "https://api.hubapi.com/crm/v3/objects/deals?limit=100" -Headers $headers
