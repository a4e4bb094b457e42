$headers = @{ Authorization = "Bearer pat-na1-d2500b63-9b60-4303-af78-676bd82eae8e" }
Invoke-RestMethod -Uri "https://api.hubapi.com/crm/v3/owners" -Headers $headers
